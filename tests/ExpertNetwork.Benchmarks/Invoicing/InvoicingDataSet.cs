using ExpertNetwork.Benchmarks.Search;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Persistence;

namespace ExpertNetwork.Benchmarks.Invoicing;

/// <summary>
/// A finance month: 200 clients (USD, EUR, GBP; VAT 0 %, 19 %, 20 % or 23 %, a quarter of the EU clients on reverse
/// charge), 10 projects each (2,000; a fifth confidential) with a price list per expert tier and activity (a quarter
/// change every rate on 16 October; one in fifty has no Principal evaluation rate, so those hours stay unbilled),
/// one staffing request per project, 5,000 experts, five engagements per project (10,000, with agreed pay rates for
/// one or two activities; each expert works for one client, a fifth of them also for a second one, some billing in another currency) and 100,000 approved time entries in October 2026 (quarter hours, weekdays, ten days per
/// engagement), plus 2,000 entries still submitted that no run may bill. Generated from a fixed seed through the
/// domain's own verbs and loaded WITHOUT the audit trail, like the other benchmark data sets.
/// </summary>
internal static class InvoicingDataSet
{
    /// <summary>Changes whenever what is generated changes, so cached databases of an older shape are not reused.</summary>
    public const string Version = "v2";

    public const int Clients = 200;
    public const int ProjectsPerClient = 10;
    public const int Experts = 5_000;
    public const int EngagementsPerProject = 5;
    public const int DaysPerEngagement = 10;
    public const int ApprovedEntries = Clients * ProjectsPerClient * EngagementsPerProject * DaysPerEngagement;
    public const int SubmittedEntries = 2_000;

    public static readonly DateTime Now = new(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly MonthStart = new(2026, 10, 1);
    public static readonly DateOnly MonthEnd = new(2026, 10, 31);
    public static readonly DateOnly RateChange = new(2026, 10, 16);

    private static readonly Activity[] Activities = [Activity.Annotation, Activity.Review, Activity.Evaluation];

    private static readonly (string Country, string Currency, decimal Vat, bool EuBusiness)[] ClientProfiles =
    [
        ("US", "USD", 0m, false),
        ("US", "USD", 0m, false),
        ("GB", "GBP", 0.2m, false),
        ("PL", "EUR", 0.23m, false),
        ("DE", "EUR", 0.19m, true),
        ("FR", "EUR", 0.2m, true),
        ("NL", "EUR", 0.21m, true),
        ("CH", "USD", 0m, false),
    ];

    /// <summary>The weekdays of the month, the days experts log hours on.</summary>
    public static IReadOnlyList<DateOnly> WorkDays { get; } = Enumerable.Range(0, MonthEnd.DayNumber - MonthStart.DayNumber + 1)
        .Select(MonthStart.AddDays)
        .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        .ToList();

    public static async Task LoadAsync(Microsoft.EntityFrameworkCore.DbContextOptions<ExpertNetworkDbContext> options, CancellationToken cancellationToken)
    {
        var random = new Random(20261031);
        var created = Now.AddYears(-1);
        var taxonomy = SearchDataSet.Taxonomy();
        await SaveAsync(options, taxonomy, cancellationToken);

        var experts = new List<Expert>(Experts);
        for (var i = 0; i < Experts; i++)
        {
            var expert = Expert.Register($"Expert {i:D4} {(char)('A' + i % 26)}.", $"payee{i:D4}@bench.example", "GB", "Europe/London",
                random.Next(0, 36), 40m, created.AddDays(random.Next(0, 60)));
            expert.MarkVetted(SearchDataSet.VettingCredentials(expert, created.AddDays(61)), created.AddDays(61));
            expert.Activate(created.AddDays(61));
            experts.Add(expert);
        }
        await SaveAsync(options, experts, cancellationToken);

        var clients = new List<Client>(Clients);
        var projects = new List<Project>(Clients * ProjectsPerClient);
        var requests = new List<StaffingRequest>(projects.Capacity);
        for (var c = 0; c < Clients; c++)
        {
            var profile = ClientProfiles[c % ClientProfiles.Length];
            var reverseCharge = profile.EuBusiness && c % 4 == 0;
            var vatNumber = profile.Vat > 0 || reverseCharge ? $"{profile.Country}{100_000_000 + c}" : null;
            var client = Client.Create($"Bench Client {c:D3}", $"Bench Client {c:D3} Ltd", $"ap{c:D3}@client.example", $"{c + 1} Market Street, {profile.Country}",
                profile.Country, profile.Currency, reverseCharge ? 0m : profile.Vat, reverseCharge, vatNumber, false, created);
            clients.Add(client);
            for (var p = 0; p < ProjectsPerClient; p++)
            {
                var number = c * ProjectsPerClient + p;
                var project = Project.Create(client, $"Evaluation programme {number:D4}", $"FIN-{number:D4}", null, "Benchmark.", "Benchmark.",
                    number % 5 == 0 ? ConfidentialityLevel.Confidential : ConfidentialityLevel.Open, false,
                    new Money(500_000m, profile.Currency), "Europe/London", new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 30)), created);
                var missingPrincipalEvaluation = number % 50 == 7;
                var changesMidMonth = number % 4 == 1;
                foreach (var tier in Enum.GetValues<ExpertTier>())
                {
                    foreach (var activity in Activities)
                    {
                        if (missingPrincipalEvaluation && tier == ExpertTier.Principal && activity == Activity.Evaluation)
                            continue;
                        var rate = 90m + (int)tier * 40m + (int)activity * 5m + random.Next(0, 40);
                        project.SetBillRate(tier, activity, new Money(rate, profile.Currency), new DateRange(new DateOnly(2026, 1, 1), null));
                        if (changesMidMonth)
                            project.SetBillRate(tier, activity, new Money(rate + 7.5m, profile.Currency), new DateRange(RateChange, null));
                    }
                }
                projects.Add(project);
                requests.Add(StaffingRequest.Open(project.Id, $"Reviewers {number:D4}", taxonomy[number % taxonomy.Count].Id, [], [], ["en"],
                    Activities[number % Activities.Length], 50, 20m, new DateRange(new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31)),
                    new Money(400m, profile.Currency), 72, false, 20, created.AddDays(200)));
            }
        }
        await SaveAsync<object>(options, [.. clients, .. projects, .. requests], cancellationToken);

        var engagements = new List<Engagement>(projects.Count * EngagementsPerProject);
        var entries = new List<TimeEntry>(ApprovedEntries + SubmittedEntries);
        var decided = new DateTime(2026, 8, 20, 10, 0, 0, DateTimeKind.Utc);
        var approved = new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);
        const int expertsPerClient = Experts / Clients;
        for (var r = 0; r < requests.Count; r++)
        {
            var request = requests[r];
            var currency = request.MaxHourlyPayRate.Currency;
            var client = r / ProjectsPerClient;
            for (var e = 0; e < EngagementsPerProject; e++)
            {
                // Each expert works on two projects of one client (10,000 engagements over 5,000 experts, 25 experts a client),
                // except that a fifth take their second engagement with the client before theirs (in another currency for three client pairs in eight).
                var slot = r % ProjectsPerClient * EngagementsPerProject + e;
                var seat = slot % expertsPerClient;
                var elsewhere = slot >= expertsPerClient && seat % 5 == 0;
                var expert = experts[((elsewhere ? client + 1 : client) % Clients * expertsPerClient) + seat];
                var rates = new Dictionary<Activity, Money> { [request.Activity] = new(40m + random.Next(0, 161) + random.Next(0, 4) * 0.25m, currency) };
                if (random.Next(2) == 0)
                {
                    var other = Activities[(Array.IndexOf(Activities, request.Activity) + 1 + random.Next(2)) % Activities.Length];
                    rates[other] = new Money(40m + random.Next(0, 161), currency);
                }
                var engagement = Engagement.Propose(expert.Id, request, rates, null, decided.AddDays(-2));
                engagement.Offer(decided.AddDays(1), decided.AddDays(-2));
                engagement.Accept(expert.FullName, true, null, null, new string('c', 64), decided);
                engagement.Activate(decided);
                var activities = rates.Keys.ToArray();
                foreach (var day in WorkDays.OrderBy(_ => random.Next()).Take(DaysPerEngagement).Order())
                {
                    var entry = TimeEntry.Log(engagement, null, day, activities[random.Next(activities.Length)], random.Next(1, 33) * 0.25m, null, day.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc));
                    entry.Approve("pm@bench.example", approved);
                    entries.Add(entry);
                }
                engagements.Add(engagement);
            }
        }
        // Hours still waiting for approval: a run must leave them alone.
        for (var i = 0; i < SubmittedEntries; i++)
        {
            var engagement = engagements[random.Next(engagements.Count)];
            entries.Add(TimeEntry.Log(engagement, null, WorkDays[random.Next(WorkDays.Count)], engagement.Activity, 1m, "Late entry.", Now.AddDays(-1)));
        }
        // A tenth of the engagements have ended since; their hours are billed all the same.
        foreach (var engagement in engagements.Where((_, i) => i % 10 == 3))
            engagement.Complete(Now.AddDays(-1));
        await SaveAsync(options, engagements, cancellationToken);
        await SaveAsync(options, entries, cancellationToken);
    }

    private static async Task SaveAsync<T>(Microsoft.EntityFrameworkCore.DbContextOptions<ExpertNetworkDbContext> options, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        const int batch = 5_000;
        for (var start = 0; start < rows.Count; start += batch)
        {
            await using var db = SearchDataSet.NewContext(options);
            db.AddRange(rows.Skip(start).Take(batch));
            await db.SaveChangesWithoutAuditAsync(cancellationToken);
        }
    }
}
