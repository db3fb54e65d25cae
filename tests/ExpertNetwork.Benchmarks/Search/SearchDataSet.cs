using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Benchmarks.Search;

/// <summary>
/// The search benchmark's registry: 100,000 experts with about 300,000 credentials, 150,000 rate lines, ~200,000
/// language and 150,000 specialty links over an 85-node taxonomy, generated from a fixed seed through the domain's
/// own verbs. Loaded in batches with change detection off and WITHOUT the audit trail (hash-chaining a million rows
/// would take longer than the benchmark and does not change what is measured): benchmark data only.
/// </summary>
internal static class SearchDataSet
{
    public const int Experts = 100_000;
    public static readonly DateTime Now = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
    public static DateOnly Today => DateOnly.FromDateTime(Now);

    private static readonly string[] FirstNames =
    [
        "Anna", "Łukasz", "Jürgen", "Søren", "José", "Zoë", "Marie", "Pierre", "Lise", "Ada", "Grace", "Alan", "Olga", "Ivan",
        "Chiara", "Mateo", "Ayşe", "Mehmet", "Sofia", "Liam", "Noah", "Emma", "Élodie", "François", "Björn", "Astrid", "Hiroshi", "Yuki",
        "Priya", "Arjun", "Fatima", "Omar", "Kwame", "Amara", "Lucía", "Joaquín", "Małgorzata", "Zbigniew", "Dvořák", "Nuño",
    ];

    private static readonly string[] LastNames =
    [
        "Kowalski", "Nowak", "Müller", "Schmidt", "Kierkegaard", "García", "Núñez", "Curie", "Meitner", "Lovelace", "Hopper", "Turing",
        "Petrova", "Ivanov", "Rossi", "Bianchi", "Yılmaz", "Demir", "Silva", "Santos", "Dubois", "Lefèvre", "Andersson", "Johansson",
        "Tanaka", "Suzuki", "Sharma", "Patel", "Haddad", "Mensah", "Okafor", "Fernández", "Wiśniewski", "Wójcik", "Novák", "Svoboda",
        "O'Brien", "MacDonald", "Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright",
        "Hughes", "Green", "Hall", "Wood", "Clarke", "Jackson", "Żółkiewski", "Łęcki", "Øster", "Ærø", "Strauß", "Gößmann",
    ];

    private static readonly (string Country, string Zone)[] Places =
    [
        ("US", "America/New_York"), ("US", "America/Chicago"), ("GB", "Europe/London"), ("DE", "Europe/Berlin"), ("PL", "Europe/Warsaw"),
        ("FR", "Europe/Paris"), ("ES", "Europe/Madrid"), ("IT", "Europe/Rome"), ("IN", "Asia/Kolkata"), ("JP", "Asia/Tokyo"),
        ("BR", "America/Sao_Paulo"), ("NG", "Africa/Lagos"),
    ];

    private static readonly string[] Languages = ["en", "de", "pl", "fr", "es", "it", "ja", "pt"];
    private static readonly string[] Currencies = ["USD", "USD", "EUR", "GBP"];

    public static IReadOnlyList<Specialty> Taxonomy()
    {
        var all = new List<Specialty>();
        foreach (var root in new[] { "Medicine", "Law", "Engineering", "Finance", "Science" })
        {
            var r = Specialty.CreateRoot(root, root.ToLowerInvariant());
            all.Add(r);
            for (var c = 1; c <= 4; c++)
            {
                var child = r.AddChild($"{root} area {c}", $"{root.ToLowerInvariant()}-{c}");
                all.Add(child);
                for (var g = 1; g <= 3; g++)
                    all.Add(child.AddChild($"{root} area {c}.{g}", $"{root.ToLowerInvariant()}-{c}-{g}"));
            }
        }
        return all;
    }

    public static Task LoadAsync(DbContextOptions<ExpertNetworkDbContext> options, CancellationToken cancellationToken) =>
        LoadAsync(options, null, cancellationToken);

    /// <param name="extras">More rows per expert (other benchmarks' NDAs, employers...), drawn from their own random source so the registry stays the same.</param>
    public static async Task LoadAsync(DbContextOptions<ExpertNetworkDbContext> options, Func<Expert, IEnumerable<object>>? extras, CancellationToken cancellationToken)
    {
        var random = new Random(20261101);
        var taxonomy = Taxonomy();
        await using (var db = NewContext(options))
        {
            db.AddRange(taxonomy);
            await db.SaveChangesWithoutAuditAsync(cancellationToken);
        }

        const int batch = 5_000;
        for (var start = 0; start < Experts; start += batch)
        {
            await using var db = NewContext(options);
            for (var i = start; i < start + batch; i++)
            {
                var (expert, credentials) = Generate(i, random, taxonomy);
                // Extras may change the expert (employers, blackouts), so they run before it is tracked.
                var more = extras?.Invoke(expert).ToList();
                db.Add(expert);
                db.AddRange(credentials);
                if (more is not null)
                    db.AddRange(more);
            }
            await db.SaveChangesWithoutAuditAsync(cancellationToken);
        }
    }

    internal static ExpertNetworkDbContext NewContext(DbContextOptions<ExpertNetworkDbContext> options)
    {
        var db = new ExpertNetworkDbContext(options, new SystemActor("benchmark"), new FixedClock(Now));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    private static (Expert Expert, List<Credential> Credentials) Generate(int i, Random random, IReadOnlyList<Specialty> taxonomy)
    {
        var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
        var (country, zone) = Places[random.Next(Places.Length)];
        var registered = Now.AddDays(-random.Next(1, 2_000)).AddSeconds(random.Next(86_400));
        var expert = Expert.Register(name, $"expert{i:D6}@bench.example", country, zone, random.Next(0, 41), 5m + random.Next(0, 36), registered);
        expert.SetLanguages(["en", .. Enumerable.Range(0, random.Next(3)).Select(_ => Languages[random.Next(Languages.Length)])]);
        expert.SetSpecialties(Enumerable.Range(0, 1 + random.Next(2)).Select(_ => taxonomy[random.Next(taxonomy.Count)].Id));

        var currency = Currencies[random.Next(Currencies.Length)];
        foreach (var activity in new[] { Activity.Review, Activity.Annotation, Activity.Evaluation }.Take(1 + random.Next(2)))
            expert.SetRate(activity, new Money(50m + random.Next(0, 2_500) / 10m, currency), new DateRange(Today.AddDays(-random.Next(30, 900)), null));

        var status = random.Next(10);
        var at = registered.AddDays(1);
        if (status >= 2)
            expert.MarkVetted(VettingCredentials(expert, at), at);
        if (status >= 4)
            expert.Activate(at);
        if (status == 9)
            expert.Suspend("Quality review.", at);

        var credentials = new List<Credential>();
        var count = 1 + random.Next(5);
        for (var c = 0; c < count; c++)
        {
            var issued = new DateOnly(2005 + random.Next(20), 1 + random.Next(12), 1 + random.Next(28));
            DateOnly? expires = random.Next(5) == 0 ? null : issued.AddYears(3 + random.Next(15));
            var issuedUtc = issued.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var credential = Credential.Add(expert.Id, (CredentialKind)random.Next(8), "Licensing board", $"LIC-{i}-{c}", country, issued, expires, issuedUtc.AddDays(1));
            if (random.Next(10) < 7)
                credential.Verify("compliance@bench.example", issuedUtc.AddDays(2));
            credentials.Add(credential);
        }
        return (expert, credentials);
    }

    /// <summary>
    /// The verified degree that vetting needs, shown to the expert but not stored, so the stored credentials (and the
    /// random sequence that makes them) stay those of the data set.
    /// </summary>
    internal static Credential[] VettingCredentials(Expert expert, DateTime at)
    {
        var degree = Credential.Add(expert.Id, CredentialKind.Degree, "University", "DEG-" + expert.Id.ToString("N")[..8], expert.CountryCode,
            DateOnly.FromDateTime(at).AddYears(-10), null, at);
        degree.Verify("compliance@bench.example", at);
        return [degree];
    }

    internal sealed class FixedClock(DateTime now) : IClock
    {
        public DateTime UtcNow => now;
    }
}
