using System.Diagnostics;
using Activity = ExpertNetwork.Domain.Common.Activity;
using ExpertNetwork.Application.Budgets;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Benchmarks.Search;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Benchmarks.Budgets;

/// <summary>
/// <c>time-budgets</c>: the budgets page (every active project's figures, <see cref="ListProjectBudgetsHandler"/>) and one
/// project's Budget panel with its burn (<see cref="GetProjectBudgetHandler"/>) over 500 active projects with 40,000
/// approved hours entries and 500 issued invoices (half the hours billed): 3 warm-up runs, then 20 timed; median and p95.
/// </summary>
internal static class BudgetTimings
{
    public const int Projects = 500;
    public const int EntriesPerEngagement = 40;
    private const int Warmup = 3;
    private const int Timed = 20;

    public static async Task RunAsync(IReadOnlyList<string> providers)
    {
        foreach (var provider in providers.Select(Enum.Parse<DatabaseProvider>))
        {
            await using var database = await DatabaseAsync(provider);
            var options = database.Options;
            var clock = new SearchDataSet.FixedClock(SearchDataSet.Now);
            Guid someProject;
            await using (var db = SearchDatabases.Context(options))
                someProject = await db.Projects.OrderBy(p => p.Code).Select(p => p.Id).FirstAsync();

            var listed = 0;
            var list = await TimeAsync(async () =>
            {
                await using var db = SearchDatabases.Context(options);
                listed = (await new ListProjectBudgetsHandler(db, clock, new FinanceOptions()).HandleAsync(CancellationToken.None)).Count;
            });
            var weeks = 0;
            var panel = await TimeAsync(async () =>
            {
                await using var db = SearchDatabases.Context(options);
                weeks = (await new GetProjectBudgetHandler(db, clock, new FinanceOptions()).HandleAsync(new GetProjectBudgetQuery(someProject), CancellationToken.None))!.Burn.Count;
            });
            Console.WriteLine($"{provider,-10} budgets page ({listed} projects)  median {list.Median,8:N1} ms  p95 {list.P95,8:N1} ms");
            Console.WriteLine($"{provider,-10} one project's panel ({weeks} weeks) median {panel.Median,8:N1} ms  p95 {panel.P95,8:N1} ms");
        }
    }

    private sealed class Database(DbContextOptions<ExpertNetworkDbContext> options, PostgresServer? server, string? file) : IAsyncDisposable
    {
        public DbContextOptions<ExpertNetworkDbContext> Options => options;

        public async ValueTask DisposeAsync()
        {
            if (server is not null)
                await server.DisposeAsync();
            if (file is not null)
            {
                SqliteConnection.ClearAllPools();
                File.Delete(file);
            }
        }
    }

    private static async Task<Database> DatabaseAsync(DatabaseProvider provider)
    {
        Database database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"expertnetwork-budgets-{Guid.NewGuid():N}.db");
            var connection = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
            database = new Database(Options(new DatabaseSettings(DatabaseProvider.Sqlite, connection, Path.GetTempPath(), true)), null, file);
        }
        else
        {
            var server = await PostgresServer.StartAsync();
            if (server.Unavailable is { } why)
                throw new InvalidOperationException(why);
            var connection = await server.CreateDatabaseAsync("budgets_bench");
            database = new Database(Options(new DatabaseSettings(DatabaseProvider.PostgreSql, connection, Path.GetTempPath(), true)), server, null);
        }
        var started = Stopwatch.StartNew();
        await using (var db = SearchDatabases.Context(database.Options))
            await db.Database.MigrateAsync();
        await LoadAsync(database.Options);
        Console.WriteLine($"// {provider}: {Projects} projects, {Projects * 2 * EntriesPerEngagement:N0} approved entries, {Projects} issued invoices loaded in {started.Elapsed.TotalSeconds:N0} s");
        return database;
    }

    /// <summary>Per project: a price list with a rate change, two engagements with 40 approved days each, the first 20 days of each on an issued invoice.</summary>
    private static async Task LoadAsync(DbContextOptions<ExpertNetworkDbContext> options)
    {
        var now = SearchDataSet.Now;
        var today = DateOnly.FromDateTime(now);
        var specialty = Specialty.CreateRoot("Budget benchmark", "budget-benchmark");
        var client = Client.Create("Benchmark Health", "Benchmark Health Ltd", "ap@bench.example", "1 Bench Street, London", "GB", "USD", 0.2m, false, null, false, now.AddDays(-200));
        var series = NumberSeries.Start(NumberSeries.Invoices, today.Year);
        await using (var db = SearchDatabases.Context(options))
        {
            db.AddRange(specialty, client, series);
            await db.SaveChangesAsync();
        }
        for (var batch = 0; batch < Projects / 50; batch++)
        {
            await using var db = SearchDatabases.Context(options);
            var tracked = await db.Clients.SingleAsync(c => c.Id == client.Id);
            var numbers = await db.NumberSeries.SingleAsync(s => s.Id == series.Id);
            var claims = new List<(Guid InvoiceId, List<Guid> EntryIds)>();
            for (var n = batch * 50; n < (batch + 1) * 50; n++)
            {
                var project = Project.Create(tracked, $"Benchmark project {n:D3}", $"BEN-{n:D3}", null, "Benchmark.", "Benchmark.",
                    ConfidentialityLevel.Open, false, new Money(50_000m + n * 100m, "USD"), "Europe/London", new DateRange(today.AddDays(-120), today.AddDays(60)), now.AddDays(-120));
                project.SetBillRate(ExpertTier.Senior, Activity.Review, new Money(200m, "USD"), new DateRange(today.AddDays(-120), null));
                project.SetBillRate(ExpertTier.Senior, Activity.Review, new Money(240m, "USD"), new DateRange(today.AddDays(-30), null));
                var request = StaffingRequest.Open(project.Id, "Reviewers", specialty.Id, [], [], ["en"], Activity.Review, 2, 20m,
                    new DateRange(today.AddDays(-90), today.AddDays(30)), new Money(200m, "USD"), 72, false, 5, now.AddDays(-100), "pm@bench.example");
                db.AddRange(project, request);
                var billed = new List<TimeEntry>();
                for (var e = 0; e < 2; e++)
                {
                    var expert = Expert.Register($"Expert {n}-{e}", $"expert{n}-{e}@bench.example", "GB", "Europe/London", 12, 40m, now.AddDays(-150));
                    var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 1, now.AddDays(-100));
                    engagement.Offer(now.AddDays(-97), now.AddDays(-100));
                    engagement.Accept(expert.FullName, true, null, null, new string('d', 64), now.AddDays(-99));
                    db.AddRange(expert, engagement);
                    for (var day = 0; day < EntriesPerEngagement; day++)
                    {
                        var entry = TimeEntry.Log(engagement, null, today.AddDays(-85 + day * 2), Activity.Review, 4m, null, now);
                        entry.Approve("pm@bench.example", now);
                        if (day < EntriesPerEngagement / 2)
                            billed.Add(entry);
                        db.Add(entry);
                    }
                }
                var invoice = Invoice.Draft(tracked, project, new DateRange(today.AddDays(-90), today.AddDays(-46)),
                    [new BillingLine("Review", null, Activity.Review, billed.Sum(t => t.Hours), 200m, "USD")], now);
                invoice.Issue(numbers, today, 30, now);
                claims.Add((invoice.Id, billed.Select(t => t.Id).ToList()));
                db.Add(invoice);
            }
            await db.SaveChangesAsync();
            // The first half of the hours on the issued invoice, claimed as the invoice run claims them.
            foreach (var (invoiceId, entryIds) in claims)
                await db.TimeEntries.Where(t => entryIds.Contains(t.Id)).Where(TimeEntry.ClaimableFor(BillingSide.Invoice))
                    .ExecuteUpdateAsync(u => u.SetProperty(t => t.InvoiceId, invoiceId));
        }
        if (options.Extensions.Any(x => x.GetType().Name.Contains("Npgsql", StringComparison.Ordinal)))
        {
            await using var db = SearchDatabases.Context(options);
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE;");
        }
    }

    private static DbContextOptions<ExpertNetworkDbContext> Options(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<ExpertNetworkDbContext>();
        DatabaseSetup.Configure(builder, settings);
        return builder.Options;
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
}
