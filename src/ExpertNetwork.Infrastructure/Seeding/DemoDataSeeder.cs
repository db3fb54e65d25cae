using Bogus;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Infrastructure.Seeding;

public sealed record DemoSeedResult(bool SeededData, int Experts, IReadOnlyList<string> StaffEmails, string? GeneratedPassword, IReadOnlyList<string> Errors);

/// <summary>
/// A realistic, repeatable demo: the specialty taxonomy, 520 experts across 16 countries with credentials (some
/// pending, some expiring within 30 days, some expired), NDAs, rate cards, three clients with projects and open
/// staffing requests, last calendar month's completed pilots with approved hours for finance to bill, and one staff
/// user per role, created together. Runs only on an empty database: one that holds any expert, client or staff
/// user is left alone.
/// </summary>
public sealed class DemoDataSeeder(ExpertNetworkDbContext db, StaffAccounts accounts, IClock clock)
{
    public const int ExpertCount = 520;
    public const string DemoDomain = "demo.local";
    private const int BatchSize = 130;

    public static readonly IReadOnlyList<(string Email, string Role, string Name)> StaffUsers =
    [
        ($"admin@{DemoDomain}", StaffRoles.Admin, "Alex Admin"),
        ($"pm@{DemoDomain}", StaffRoles.ProgramManager, "Priya Manager"),
        ($"compliance@{DemoDomain}", StaffRoles.Compliance, "Chris Compliance"),
        ($"finance@{DemoDomain}", StaffRoles.Finance, "Fatima Finance"),
    ];

    private static readonly (string Country, string Locale, string Zone, string Language)[] Countries =
    [
        ("US", "en_US", "America/New_York", "en"), ("US", "en_US", "America/Chicago", "en"), ("US", "en_US", "America/Los_Angeles", "en"),
        ("GB", "en_GB", "Europe/London", "en"), ("DE", "de", "Europe/Berlin", "de"), ("PL", "pl", "Europe/Warsaw", "pl"),
        ("FR", "fr", "Europe/Paris", "fr"), ("ES", "es", "Europe/Madrid", "es"), ("IT", "it", "Europe/Rome", "it"),
        ("NL", "nl", "Europe/Amsterdam", "nl"), ("CH", "de_CH", "Europe/Zurich", "de"), ("IN", "en_IND", "Asia/Kolkata", "hi"),
        ("SG", "en", "Asia/Singapore", "zh"), ("AU", "en_AU", "Australia/Sydney", "en"), ("CA", "en_CA", "America/Toronto", "fr"),
        ("BR", "pt_BR", "America/Sao_Paulo", "pt"),
    ];

    public async Task<DemoSeedResult> SeedAsync(string? password, CancellationToken cancellationToken)
    {
        // The demo goes only into an empty database, and its staff users come with it: a database that holds any
        // expert, client or staff user is real (or a demo someone has since changed), so nothing here touches it.
        // Deleting a demo user or changing Demo:Password later therefore brings nothing back and resets nothing.
        if (await HoldsDataAsync(cancellationToken))
            return new DemoSeedResult(false, await db.Experts.CountAsync(cancellationToken), [], null, []);

        // One transaction: a seed that fails half-way leaves an empty database, so the next start tries again.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var errors = new List<string>();
        string? generated = null;
        foreach (var (email, role, name) in StaffUsers)
        {
            var secret = password ?? (generated ??= StaffAccounts.GeneratePassword());
            var result = await accounts.CreateOrResetAsync(email, role, name, secret);
            errors.AddRange(result.Errors.Select(e => $"{email}: {e}"));
        }
        if (errors.Count > 0)
            return new DemoSeedResult(false, 0, [], null, errors);

        var seeded = await SeedDataAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DemoSeedResult(true, seeded, StaffUsers.Select(s => s.Email).ToList(), generated, errors);
    }

    /// <summary>True when the database holds anything a person entered: an expert, a client or a staff user.</summary>
    private async Task<bool> HoldsDataAsync(CancellationToken cancellationToken) =>
        await db.Experts.AnyAsync(cancellationToken)
        || await db.Clients.AnyAsync(cancellationToken)
        || await db.Users.AnyAsync(cancellationToken);

    private async Task<int> SeedDataAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(now);
        Randomizer.Seed = new Random(20261123);
        var random = new Randomizer();

        var specialties = await SeedTaxonomyAsync(cancellationToken);
        var leavesByDomain = specialties.Values
            .Where(s => specialties.Values.All(c => c.ParentId != s.Id))
            .GroupBy(s => s.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0])
            .ToDictionary(g => g.Key, g => g.ToList());

        var masterNda = NdaTemplate.Publish("Master confidentiality agreement", NdaScope.Master, null, MasterNdaText, 24, now.AddYears(-2));
        db.NdaTemplates.Add(masterNda);

        var clients = CreateClients(now);
        db.Clients.AddRange(clients);
        var clientNda = NdaTemplate.Publish("Northwind Bio AI confidentiality addendum", NdaScope.Client, clients[0].Id, ClientNdaText, 12, now.AddYears(-1));
        db.NdaTemplates.Add(clientNda);
        var projects = CreateProjects(clients, specialties, now, today);
        db.Projects.AddRange(projects);
        await db.SaveChangesAsync(cancellationToken);

        var experts = new List<Expert>(ExpertCount);
        var domains = new[] { "medicine", "medicine", "medicine", "medicine", "law", "law", "law", "construction", "finance", "finance" };
        for (var i = 0; i < ExpertCount; i++)
        {
            var (country, locale, zone, language) = Countries[i % Countries.Length];
            var faker = new Faker(locale);
            var domain = domains[i % domains.Length];
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var email = $"{Slug(first)}.{Slug(last)}.{i + 1:D4}@{faker.PickRandom("mail.example", "clinic.example", "chambers.example", "practice.example")}";
            var years = random.Int(3, 35);
            var registered = now.AddDays(-random.Int(30, 900));
            var expert = Expert.Register($"{Title(domain, random)}{first} {last}".Trim(), email, country, zone, years, random.Int(2, 12) * 2.5m, registered);
            expert.UpdateProfile(expert.FullName, expert.Email, faker.Phone.PhoneNumber("+## ### ### ###"), country, zone, years, Headline(domain, years), null);
            var languages = new List<string> { "en" };
            if (language != "en")
                languages.Add(language);
            if (random.Bool(0.2f))
                languages.Add(random.ArrayElement(new[] { "de", "fr", "es", "it" }));
            expert.SetLanguages(languages);
            var leaves = leavesByDomain[domain];
            expert.SetSpecialties(random.ListItems(leaves, random.Int(1, 2)).Select(s => s.Id));
            var baseRate = domain switch { "medicine" => 150m, "law" => 170m, "finance" => 140m, _ => 110m } + years * 2m;
            var rateStart = DateOnly.FromDateTime(registered);
            expert.SetRate(Activity.Annotation, new Money(decimal.Round(baseRate, 0), "USD"), new DateRange(rateStart, null));
            expert.SetRate(Activity.Review, new Money(decimal.Round(baseRate * 1.15m, 0), "USD"), new DateRange(rateStart, null));
            if (random.Bool(0.3f))
                expert.SetRate(Activity.RedTeaming, new Money(decimal.Round(baseRate * 1.3m, 0), "USD"), new DateRange(rateStart, null));
            var raiseFrom = today.AddDays(-random.Int(10, 120));
            if (random.Bool(0.25f) && raiseFrom > rateStart)
            {
                // A raise this year: the old rate closes the day before the new one starts.
                expert.SetRate(Activity.Annotation, new Money(decimal.Round(baseRate * 1.1m, 0), "USD"), new DateRange(raiseFrom, null));
            }
            if (random.Bool(0.1f))
                expert.AddBlackout(new DateRange(today.AddDays(random.Int(5, 60)), today.AddDays(random.Int(61, 75))), "Annual leave");

            var roll = random.Double();
            var status = roll switch { < 0.58 => ExpertStatus.Active, < 0.73 => ExpertStatus.Vetted, < 0.88 => ExpertStatus.Applicant, < 0.95 => ExpertStatus.Suspended, _ => ExpertStatus.Archived };
            var credentials = AddCredentials(expert, domain, status, registered, now, today, random);
            if (status != ExpertStatus.Applicant)
            {
                expert.MarkVetted(credentials, registered.AddDays(7));
                if (status is ExpertStatus.Active or ExpertStatus.Suspended or ExpertStatus.Archived)
                    expert.Activate(registered.AddDays(9));
                AddNdas(expert, masterNda, clientNda, clients[0].Id, status, registered, now, random);
                if (status == ExpertStatus.Suspended)
                    expert.Suspend("Quality review: inconsistent annotations on two consecutive sprints.", now.AddDays(-random.Int(1, 20)));
                if (status == ExpertStatus.Archived)
                    expert.Archive("Retired from the network at the expert's request.", now.AddDays(-random.Int(1, 60)));
            }
            else if (random.Bool(0.4f))
            {
                db.NdaAgreements.Add(NdaAgreement.Send(expert.Id, masterNda, null, now.AddDays(random.Int(3, 14)), now.AddDays(-random.Int(0, 3))));
            }
            experts.Add(expert);
            db.Experts.Add(expert);
            if ((i + 1) % BatchSize == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        await SeedStaffingAsync(projects, specialties, now, today, cancellationToken);
        await SeedLastMonthsWorkAsync(projects, specialties, today, cancellationToken);
        return experts.Count;
    }

    private async Task<Dictionary<string, Specialty>> SeedTaxonomyAsync(CancellationToken cancellationToken)
    {
        var bySlug = new Dictionary<string, Specialty>(StringComparer.Ordinal);
        void Add(DemoTaxonomy.Node node, Specialty? parent)
        {
            var specialty = parent is null ? Specialty.CreateRoot(node.Name, node.Slug) : parent.AddChild(node.Name, node.Slug);
            bySlug[node.Slug] = specialty;
            db.Specialties.Add(specialty);
            foreach (var child in node.Children)
                Add(child, specialty);
        }
        foreach (var root in DemoTaxonomy.Roots)
            Add(root, null);
        await db.SaveChangesAsync(cancellationToken);
        return bySlug;
    }

    private List<Credential> AddCredentials(Expert expert, string domain, ExpertStatus status, DateTime registered, DateTime now, DateOnly today, Randomizer random)
    {
        var added = new List<Credential>();
        var kinds = domain switch
        {
            "medicine" => new[] { CredentialKind.MedicalLicense, CredentialKind.BoardCertification },
            "law" => [CredentialKind.BarAdmission],
            "construction" => [random.Bool() ? CredentialKind.CharteredSurveyor : CredentialKind.ProfessionalEngineerLicense],
            _ => [CredentialKind.Cfa],
        };
        foreach (var kind in kinds.Append(CredentialKind.Degree))
        {
            var issued = DateOnly.FromDateTime(registered).AddYears(-random.Int(2, 25)).AddDays(-random.Int(0, 300));
            var fate = random.Double();
            DateOnly? expires = kind == CredentialKind.Degree ? null
                : fate < 0.09 ? today.AddDays(random.Int(1, 29))      // expiring within 30 days
                : fate < 0.14 ? today.AddDays(-random.Int(1, 90))     // already expired
                : today.AddDays(random.Int(120, 1500));
            var credential = Credential.Add(expert.Id, kind, Issuer(kind, expert.CountryCode), $"{kind.ToString()[..3].ToUpperInvariant()}-{random.Replace("######")}",
                expert.CountryCode, issued, expires, registered);
            if (status != ExpertStatus.Applicant)
            {
                // The degree is never rejected: vetting needs a verified credential in date, and the degree never expires.
                if (random.Bool(0.03f) && kind != CredentialKind.Degree)
                    credential.Reject($"compliance@{DemoDomain}", "The registry lists a different licence holder for this number.", registered.AddDays(5));
                else
                {
                    var reviewed = registered.AddDays(5);
                    if (expires is { } lapse && DateOnly.FromDateTime(reviewed) >= lapse)
                        reviewed = lapse.AddDays(-30).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
                    credential.Verify($"compliance@{DemoDomain}", reviewed);
                    if (expires is { } e && e <= today && random.Bool())
                        credential.MarkExpired(today);
                }
            }
            db.Credentials.Add(credential);
            added.Add(credential);
        }
        return added;
    }

    private void AddNdas(Expert expert, NdaTemplate master, NdaTemplate clientNda, Guid clientId, ExpertStatus status, DateTime registered, DateTime now, Randomizer random)
    {
        var sent = registered.AddDays(6);
        var agreement = NdaAgreement.Send(expert.Id, master, null, sent.AddDays(14), sent);
        agreement.Sign(expert.FullName, true, "203.0.113." + random.Int(1, 254), "Mozilla/5.0 (demo)", master.BodySha256, sent.AddHours(random.Int(1, 72)));
        db.NdaAgreements.Add(agreement);
        if (status == ExpertStatus.Active && random.Bool(0.35f))
        {
            var clientSent = now.AddDays(-random.Int(2, 30));
            var clientAgreement = NdaAgreement.Send(expert.Id, clientNda, clientId, now.AddDays(7), clientSent > sent ? clientSent : sent);
            if (random.Bool(0.8f))
                clientAgreement.Sign(expert.FullName, true, "198.51.100." + random.Int(1, 254), "Mozilla/5.0 (demo)", clientNda.BodySha256, clientAgreement.SentUtc.AddHours(3));
            db.NdaAgreements.Add(clientAgreement);
        }
    }

    private static List<Client> CreateClients(DateTime now)
    {
        var northwind = Client.Create("Northwind Bio AI", "Northwind Bio AI, Inc.", "ap@northwind-bio.example", "500 Mission Street, San Francisco, CA 94105, USA",
            "US", "USD", 0m, false, null, true, now.AddMonths(-8));
        northwind.SetRestrictedCompanies(["Contoso Pharmaceuticals", "Fabrikam Oncology Ltd"]);
        var aurelia = Client.Create("Aurelia Legal Intelligence", "Aurelia Legal Intelligence GmbH", "rechnungen@aurelia-legal.example", "Friedrichstraße 68, 10117 Berlin, Germany",
            "DE", "USD", 0.19m, true, "DE312456789", false, now.AddMonths(-6));
        aurelia.SetRestrictedCompanies(["Litware Law LLP"]);
        var quantum = Client.Create("Quantum Ledger Analytics", "Quantum Ledger Analytics Ltd", "finance@quantumledger.example", "1 Canada Square, London E14 5AB, United Kingdom",
            "GB", "USD", 0.20m, false, "GB123456789", false, now.AddMonths(-4));
        return [northwind, aurelia, quantum];
    }

    private static List<Project> CreateProjects(List<Client> clients, Dictionary<string, Specialty> s, DateTime now, DateOnly today)
    {
        // The two pilot projects ran last month too (see SeedLastMonthsWorkAsync), so their windows reach back into it.
        var pilotStart = LastMonth(today).Start.AddDays(-7);
        var oncology = Project.Create(clients[0], "Oncology reasoning evaluation", "NW-ONC-1", s["oncology"].Id,
            "Evaluate a clinical reasoning model on treatment-planning cases across hematologic, breast and thoracic oncology.",
            "Review model answers to de-identified oncology cases and grade them against current guidelines.",
            ConfidentialityLevel.Confidential, true, new Money(450_000m, "USD"), "America/New_York", new DateRange(Earlier(today.AddDays(-20), pilotStart), today.AddDays(120)), now.AddDays(-60));
        var contracts = Project.Create(clients[1], "Contract clause annotation", "AUR-CLS-1", s["corporate-law"].Id,
            "Annotate risk-relevant clauses in M&A agreements for a legal drafting assistant.",
            "Label clauses in share purchase agreements and explain the risk each creates.",
            ConfidentialityLevel.Open, false, new Money(180_000m, "USD"), "Europe/Berlin", new DateRange(Earlier(today.AddDays(-10), pilotStart), today.AddDays(90)), now.AddDays(-60));
        var equities = Project.Create(clients[2], "Equity research red-teaming", "QLA-EQR-1", s["equity-research"].Id,
            "Red-team an analyst copilot on healthcare and technology equities.",
            "Probe a research assistant for factual and reasoning errors on listed equities.",
            ConfidentialityLevel.Restricted, true, new Money(120_000m, "USD"), "Europe/London", new DateRange(today, today.AddDays(60)), now.AddDays(-5));
        var costs = Project.Create(clients[2], "Cost plan review", "QLA-QS-1", s["quantity-surveying"].Id,
            "Check model-generated elemental cost plans for commercial buildings.",
            "Review cost plans produced by a model and mark errors in quantities and rates.",
            ConfidentialityLevel.Open, false, new Money(60_000m, "USD"), "Europe/London", new DateRange(today.AddDays(7), today.AddDays(70)), now.AddDays(-3));
        foreach (var project in new[] { oncology, contracts, equities, costs })
        {
            var from = project.Window.Start.AddDays(-30);
            foreach (var (tier, factor) in new[] { (ExpertTier.Standard, 1.0m), (ExpertTier.Senior, 1.25m), (ExpertTier.Principal, 1.5m) })
            {
                project.SetBillRate(tier, Activity.Annotation, new Money(260m * factor, "USD"), new DateRange(from, null));
                project.SetBillRate(tier, Activity.Review, new Money(300m * factor, "USD"), new DateRange(from, null));
                project.SetBillRate(tier, Activity.RedTeaming, new Money(340m * factor, "USD"), new DateRange(from, null));
            }
        }
        return [oncology, contracts, equities, costs];
    }

    private async Task SeedStaffingAsync(List<Project> projects, Dictionary<string, Specialty> s, DateTime now, DateOnly today, CancellationToken cancellationToken)
    {
        var requests = new[]
        {
            StaffingRequest.Open(projects[0].Id, "Hematologic oncology reviewers", s["oncology"].Id, [s["hematologic-oncology"].Id, s["breast-oncology"].Id],
                [CredentialKind.MedicalLicense, CredentialKind.BoardCertification], ["en"], Activity.Review, 10, 10m,
                new DateRange(today.AddDays(7), today.AddDays(48)), new Money(260m, "USD"), 72, true, 10, now.AddDays(-6)),
            StaffingRequest.Open(projects[1].Id, "M&A clause annotators", s["corporate-law"].Id, [], [CredentialKind.BarAdmission], ["en", "de"],
                Activity.Annotation, 10, 15m, new DateRange(today.AddDays(3), today.AddDays(45)), new Money(260m, "USD"), 48, true, 5, now.AddDays(-3)),
            StaffingRequest.Open(projects[2].Id, "Healthcare equities red team", s["equity-research"].Id, [s["healthcare-equities"].Id], [CredentialKind.Cfa], ["en"],
                Activity.RedTeaming, 6, 8m, new DateRange(today.AddDays(5), today.AddDays(40)), new Money(300m, "USD"), 72, false, 6, now.AddDays(-1)),
            StaffingRequest.Open(projects[3].Id, "Cost plan reviewers", s["quantity-surveying"].Id, [], [], ["en"],
                Activity.Review, 4, 12m, new DateRange(today.AddDays(10), today.AddDays(60)), new Money(220m, "USD"), 72, false, 4, now.AddHours(-20)),
        };
        db.StaffingRequests.AddRange(requests);
        await db.SaveChangesAsync(cancellationToken);

        // A few offers out and seats taken on the first request, so the dashboard shows a request in motion. The offers
        // awaiting an answer cover its open seats, so auto-backfill has nothing to send until one of them is declined or
        // expires (the first in about 12 hours).
        var oncologySubtree = await db.Specialties.Where(x => x.Path.StartsWith(s["oncology"].Path)).Select(x => x.Id).ToListAsync(cancellationToken);
        var candidates = await db.Experts.Include(e => e.Rates)
            .Where(e => e.Status == ExpertStatus.Active && e.Specialties.Any(x => oncologySubtree.Contains(x.SpecialtyId)))
            .OrderBy(e => e.FullName).Take(10).ToListAsync(cancellationToken);
        var request = await db.StaffingRequests.SingleAsync(r => r.Id == requests[0].Id, cancellationToken);
        var rank = 0;
        foreach (var expert in candidates)
        {
            var review = expert.RateOn(Activity.Review, request.Window.Start);
            var annotation = expert.RateOn(Activity.Annotation, request.Window.Start);
            if (review is null || annotation is null || review.CompareTo(request.MaxHourlyPayRate) > 0)
                continue;
            var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = review, [Activity.Annotation] = annotation }, ++rank, now.AddDays(-5));
            engagement.Offer(request.OfferDeadlineFrom(now.AddHours(-rank * 6)), now.AddDays(-5));
            if (rank <= 5)
            {
                engagement.Accept(expert.FullName, true, "192.0.2." + rank, "Mozilla/5.0 (demo)", new string('a', 64), now.AddDays(-4).AddHours(rank));
                request.TakeSeat(now.AddDays(-4).AddHours(rank));
            }
            db.Engagements.Add(engagement);
        }
        if (rank > 5 && rank < request.SeatsNeeded)
            request.ChangeSeats(rank, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Last calendar month's pilots, so finance always has a finished month to bill: two oncology reviewers on the
    /// confidential Northwind project (invoiced under pseudonyms) and two clause annotators for Aurelia (reverse charge),
    /// engagements completed at the month's end, most hours approved and the last few days still waiting for approval.
    /// Aurelia's annotation price went up in the middle of the month, so its invoice shows both rates.
    /// </summary>
    private async Task SeedLastMonthsWorkAsync(List<Project> projects, Dictionary<string, Specialty> s, DateOnly today, CancellationToken cancellationToken)
    {
        var month = LastMonth(today);
        var monthEnd = month.End!.Value;
        static DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);
        var oncology = await db.Projects.Include(p => p.PriceList).SingleAsync(p => p.Id == projects[0].Id, cancellationToken);
        var contracts = await db.Projects.Include(p => p.PriceList).SingleAsync(p => p.Id == projects[1].Id, cancellationToken);
        var raise = month.Start.AddDays(15);
        foreach (var (tier, factor) in new[] { (ExpertTier.Standard, 1.0m), (ExpertTier.Senior, 1.25m), (ExpertTier.Principal, 1.5m) })
            contracts.SetBillRate(tier, Activity.Annotation, new Money(280m * factor, "USD"), new DateRange(raise, null));

        var opened = At(month.Start.AddDays(-7), 9);
        var pilots = new[]
        {
            (Project: oncology, Request: StaffingRequest.Open(oncology.Id, "Oncology pilot reviewers", s["oncology"].Id, [], [CredentialKind.MedicalLicense], ["en"],
                Activity.Review, 2, 15m, month, new Money(400m, "USD"), 72, false, 2, opened, $"pm@{DemoDomain}"), Root: "oncology"),
            (Project: contracts, Request: StaffingRequest.Open(contracts.Id, "Clause annotation pilot", s["corporate-law"].Id, [], [CredentialKind.BarAdmission], ["en"],
                Activity.Annotation, 2, 15m, month, new Money(400m, "USD"), 72, false, 2, opened, $"pm@{DemoDomain}"), Root: "corporate-law"),
        };
        var engaged = new List<Engagement>();
        foreach (var (project, request, root) in pilots)
        {
            db.StaffingRequests.Add(request);
            var subtree = await db.Specialties.Where(x => x.Path.StartsWith(s[root].Path)).Select(x => x.Id).ToListAsync(cancellationToken);
            // From the end of the alphabet, so the pilots are other people than the current requests' first candidates.
            var experts = await db.Experts.Include(e => e.Rates)
                .Where(e => e.Status == ExpertStatus.Active && e.Specialties.Any(x => subtree.Contains(x.SpecialtyId)))
                .OrderByDescending(e => e.FullName).Take(6).ToListAsync(cancellationToken);
            foreach (var expert in experts)
            {
                var rates = new[] { Activity.Review, Activity.Annotation }
                    .Select(a => (Activity: a, Rate: expert.RateOn(a, month.Start)))
                    .Where(r => r.Rate is not null && r.Rate.CompareTo(request.MaxHourlyPayRate) <= 0)
                    .ToDictionary(r => r.Activity, r => r.Rate!);
                if (!rates.ContainsKey(request.Activity))
                    continue;
                var engagement = Engagement.Propose(expert.Id, request, rates, engaged.Count + 1, opened);
                engagement.Offer(request.OfferDeadlineFrom(opened.AddHours(1)), opened.AddHours(1));
                engagement.Accept(expert.FullName, true, "192.0.2.50", "Mozilla/5.0 (demo)", new string('b', 64), opened.AddHours(5));
                request.TakeSeat(opened.AddHours(5));
                engagement.Activate(At(month.Start, 8));
                db.Engagements.Add(engagement);
                engaged.Add(engagement);
                if (request.SeatsFilled == request.SeatsNeeded)
                    break;
            }
        }

        var index = 0;
        foreach (var engagement in engaged)
        {
            index++;
            for (var day = month.Start; day <= monthEnd; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || (day.Day + index) % 2 != 0)
                    continue;
                var activity = engagement.Activity == Activity.Review && day.Day % 5 == 0 && engagement.PayRateFor(Activity.Annotation) is not null
                    ? Activity.Annotation : engagement.Activity;
                var hours = 2m + (day.Day * 7 + index * 3) % 7 * 0.5m;
                var entry = TimeEntry.Log(engagement, null, day, activity, hours, null, At(day, 17));
                // The last days of the month were logged but are still waiting for the program manager.
                if (day <= monthEnd.AddDays(-4) || index % 2 == 0)
                    entry.Approve($"pm@{DemoDomain}", At(monthEnd, 18));
                db.TimeEntries.Add(entry);
            }
            engagement.Complete(At(monthEnd, 20));
        }
        foreach (var (_, request, _) in pilots)
            request.Close("The pilot finished at the end of the month.", At(monthEnd, 20));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The calendar month before the one <paramref name="today"/> is in.</summary>
    public static DateRange LastMonth(DateOnly today)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return new DateRange(start, start.AddMonths(1).AddDays(-1));
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Title(string domain, Randomizer random) => domain == "medicine" && random.Bool(0.7f) ? "Dr. " : string.Empty;

    private static string Headline(string domain, int years) => domain switch
    {
        "medicine" => $"Consultant physician, {years} years in clinical practice",
        "law" => $"Practising lawyer, {years} years post-qualification",
        "construction" => $"Chartered quantity surveyor, {years} years on commercial projects",
        _ => $"Equity analyst, {years} years on the sell side",
    };

    private static string Issuer(CredentialKind kind, string country) => kind switch
    {
        CredentialKind.MedicalLicense => $"Medical Council ({country})",
        CredentialKind.BoardCertification => "Board of Medical Oncology",
        CredentialKind.BarAdmission => $"Bar Association ({country})",
        CredentialKind.CharteredSurveyor => "Royal Institution of Chartered Surveyors",
        CredentialKind.ProfessionalEngineerLicense => $"Engineering Licensing Board ({country})",
        CredentialKind.Cfa => "CFA Institute",
        _ => "University registry",
    };

    private static string Slug(string value) =>
        new string(value.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant() is { Length: > 0 } s ? s : "expert";

    private const string MasterNdaText = """
        # Master confidentiality agreement

        This agreement is between **ExpertNetwork** and the expert named below. It covers every engagement the expert
        takes through ExpertNetwork.

        1. The expert keeps confidential all information about clients, projects, data and models seen during an engagement.
        2. The expert does not use confidential information for any purpose other than the engagement.
        3. The obligations continue for five years after the last engagement ends.
        """;

    private const string ClientNdaText = """
        # Client confidentiality addendum: Northwind Bio AI

        In addition to the master agreement, the expert agrees that de-identified patient cases shown in Northwind Bio AI
        projects are not copied, photographed or discussed outside the engagement.
        """;
}
