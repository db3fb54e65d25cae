using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Benchmarks.Search;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Benchmarks.Matching;

/// <summary>
/// <c>time-match</c>: the first page of candidates for the benchmark request (RankCandidatesHandler, 25 rows) against the
/// best hand-written SQL for the same hard filters (the ids of every fitting expert, one statement), in the same run:
/// 5 warm-up runs, then 40 timed; median and 95th percentile of each.
/// </summary>
internal static class MatchTimings
{
    private const int Warmup = 5;
    private const int Timed = 40;

    public static async Task RunAsync(IReadOnlyList<string> providers)
    {
        foreach (var provider in providers.Select(Enum.Parse<DatabaseProvider>))
        {
            var options = await MatchDatabases.GetAsync(provider);
            Guid requestId;
            await using (var db = SearchDatabases.Context(options))
                requestId = await db.StaffingRequests.Where(r => r.Title == MatchDataSet.TargetTitle).Select(r => r.Id).SingleAsync();
            var clock = new SearchDataSet.FixedClock(SearchDataSet.Now);

            var handlerTotal = 0;
            var handler = await TimeAsync(async () =>
            {
                await using var db = SearchDatabases.Context(options);
                var view = await new RankCandidatesHandler(db, clock).HandleAsync(new RankCandidatesQuery(requestId, 1, 25), CancellationToken.None);
                handlerTotal = view.Candidates.TotalCount;
            });

            string sql;
            await using (var db = SearchDatabases.Context(options))
                sql = await HandWrittenSqlAsync(db, provider, requestId);
            var handTotal = 0;
            var hand = await TimeAsync(async () =>
            {
                await using var db = SearchDatabases.Context(options);
                var connection = db.Database.GetDbConnection();
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                var count = 0;
                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                        count++;
                }
                handTotal = count;
            });

            Console.WriteLine($"{provider,-10} first page of candidates   median {handler.Median,8:N1} ms  p95 {handler.P95,8:N1} ms  ({handlerTotal:N0} fit)");
            Console.WriteLine($"{provider,-10} hand-written hard filters  median {hand.Median,8:N1} ms  p95 {hand.P95,8:N1} ms  ({handTotal:N0} fit)");
            Console.WriteLine($"{provider,-10} ratio (median)             {handler.Median / hand.Median,8:N2} x");
            if (handTotal != handlerTotal)
                Console.WriteLine($"{provider,-10} WARNING: the hand-written query found {handTotal:N0} experts, the handler {handlerTotal:N0}.");
        }
    }

    private static async Task<(double Median, double P95)> TimeAsync(Func<Task> run)
    {
        var times = new List<double>();
        for (var i = 0; i < Warmup + Timed; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            watch.Stop();
            if (i >= Warmup)
                times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
    }

    /// <summary>
    /// The same hard filters as <see cref="StaffingFitQuery"/> written by hand for the provider, values inlined: driven
    /// from the holders of the first required credential, one EXISTS per other child table, the capacity as a correlated SUM. Experts conflicted only through a past declaration are
    /// excluded by id, as the handler does (declarations keep names as typed, so no SQL can normalise them).
    /// </summary>
    public static async Task<string> HandWrittenSqlAsync(ExpertNetworkDbContext db, DatabaseProvider provider, Guid requestId)
    {
        var request = await db.StaffingRequests.AsNoTracking().SingleAsync(r => r.Id == requestId);
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == request.ProjectId);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == project.ClientId);
        var path = await db.Specialties.Where(s => s.Id == request.SpecialtyId).Select(s => s.Path).SingleAsync();
        var specialties = await db.Specialties.Where(s => s.Path.StartsWith(path)).Select(s => s.Id).ToListAsync();
        var restricted = client.RestrictedCompanies.Select(CompanyNames.Normalize).ToHashSet(StringComparer.Ordinal);
        var declarations = await db.ConflictDeclarations.AsNoTracking().Select(d => new { d.ExpertId, d.Employers }).ToListAsync();
        var conflicted = declarations.Where(d => d.Employers.Any(x => restricted.Contains(CompanyNames.Normalize(x)))).Select(d => d.ExpertId).Distinct().ToList();

        var sqlite = provider == DatabaseProvider.Sqlite;
        string Id(Guid id) => sqlite ? $"'{id.ToString().ToUpperInvariant()}'" : $"'{id}'::uuid";
        string Day(DateOnly d) => sqlite ? $"'{d:yyyy-MM-dd}'" : $"DATE '{d:yyyy-MM-dd}'";
        string Instant(DateTime t) => sqlite
            ? $"'{t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)}'"
            : $"TIMESTAMPTZ '{t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)}+00'";
        static string Scaled(decimal v) => ((long)(v * 10_000m)).ToString(CultureInfo.InvariantCulture);

        var start = request.Window.Start;
        var end = request.Window.End!.Value;
        var now = SearchDataSet.Now;
        var from = DateOnly.FromDateTime(now) > start ? DateOnly.FromDateTime(now) : start;
        var signedBy = from.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var kinds = request.RequiredCredentialKinds.Distinct().ToList();
        string Valid(string alias) => $"{alias}.\"Status\" = 'Verified' AND ({alias}.\"ExpiresOn\" IS NULL OR {alias}.\"ExpiresOn\" > {Day(end)})";
        var driver = kinds.Count > 0
            ? $"""e."Id" IN (SELECT c0."ExpertId" FROM "Credentials" c0 WHERE c0."Kind" = '{kinds[0]}' AND {Valid("c0")})"""
            : $"""e."Id" IN (SELECT s0."ExpertId" FROM "ExpertSpecialties" s0 WHERE s0."SpecialtyId" IN ({string.Join(", ", specialties.Select(Id))}))""";
        var moreKinds = string.Concat(kinds.Skip(1).Select(k => $"""
            AND EXISTS (SELECT 1 FROM "Credentials" c WHERE c."ExpertId" = e."Id" AND c."Kind" = '{k}' AND {Valid("c")})
            """ + "\n"));
        var languages = string.Concat(request.Languages.Select(l => $"""
            AND EXISTS (SELECT 1 FROM "ExpertLanguages" l WHERE l."ExpertId" = e."Id" AND l."Code" = '{l}')
            """ + "\n"));
        var conflicts = restricted.Count == 0 ? "" : $"""
            AND NOT EXISTS (SELECT 1 FROM "ExpertEmployers" x WHERE x."ExpertId" = e."Id" AND x."NormalizedName" IN ({string.Join(", ", restricted.Select(r => $"'{r}'"))}))
            """ + (conflicted.Count == 0 ? "" : $"\nAND e.\"Id\" NOT IN ({string.Join(", ", conflicted.Select(Id))})");
        return $"""
            SELECT e."Id" FROM "Experts" e
            WHERE {driver}
            AND e."Status" IN ('Vetted', 'Active')
            AND EXISTS (SELECT 1 FROM "ExpertSpecialties" s JOIN "Specialties" sp ON sp."Id" = s."SpecialtyId" WHERE s."ExpertId" = e."Id" AND sp."Path" LIKE '{path}%')
            {moreKinds}
            AND EXISTS (SELECT 1 FROM "NdaAgreements" n WHERE n."ExpertId" = e."Id" AND n."Scope" = 'Master'
                        AND ((n."Status" = 'Signed' AND n."SignedUtc" < {Instant(signedBy)} AND (n."ExpiresOn" IS NULL OR n."ExpiresOn" > {Day(end)}))
                          OR (n."Status" = 'Sent' AND n."SignByUtc" > {Instant(now)})))
            AND NOT EXISTS (SELECT 1 FROM "ExpertBlackouts" b WHERE b."ExpertId" = e."Id" AND b."Days_Start" <= {Day(start)} AND (b."Days_End" IS NULL OR b."Days_End" >= {Day(end)}))
            AND e."WeeklyCapacityHours" - COALESCE((SELECT SUM(g."HoursPerWeek") FROM "Engagements" g WHERE g."ExpertId" = e."Id"
                        AND g."StaffingRequestId" <> {Id(requestId)} AND g."Status" IN ('Offered', 'Accepted', 'Active')
                        AND g."Window_Start" <= {Day(end)} AND (g."Window_End" IS NULL OR g."Window_End" >= {Day(start)})), 0) >= {Scaled(request.HoursPerWeek)}
            AND EXISTS (SELECT 1 FROM "ExpertRates" r WHERE r."ExpertId" = e."Id" AND r."Activity" = '{request.Activity}'
                        AND r."HourlyRate_Currency" = '{request.MaxHourlyPayRate.Currency}' AND r."HourlyRate_Amount" <= {Scaled(request.MaxHourlyPayRate.Amount)}
                        AND r."Effective_Start" <= {Day(start)} AND (r."Effective_End" IS NULL OR r."Effective_End" >= {Day(start)}))
            {languages}
            {conflicts}
            """;
    }
}
