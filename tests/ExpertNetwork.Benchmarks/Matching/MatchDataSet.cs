using ExpertNetwork.Benchmarks.Search;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Benchmarks.Matching;

/// <summary>
/// The matching benchmark's registry: the search benchmark's 100,000 experts (credentials, rate cards, languages,
/// specialties) plus master NDAs (70 % signed, 5 % sent and signable), employers for 15 %, blackouts for 3 %, one client
/// that restricts two companies, 40 staffing requests, 50,000 engagements in every status and 2,000 conflict
/// declarations. The request measured asks for Medicine (a fifth of the taxonomy), review work at most 200 USD/h,
/// 10 h/week for six weeks from a month after <see cref="SearchDataSet.Now"/>, a medical licence and English.
/// </summary>
internal static class MatchDataSet
{
    public const int Engagements = 50_000;
    public const int Declarations = 2_000;
    public const string TargetTitle = "Benchmark: medicine reviewers";

    private static readonly string[] Companies =
    [
        "Pfizer Inc.", "Roche AG", "Novartis", "Merck KGaA", "Sanofi S.A.", "AstraZeneca plc", "Bayer AG", "GSK plc", "Charité", "Mayo Clinic",
        "Kirkland & Ellis LLP", "Linklaters", "Arup", "Jacobs", "Goldman Sachs", "BlackRock", "Max Planck Society", "CERN", "Siemens AG", "Acme Corp",
    ];

    public static async Task LoadAsync(DbContextOptions<ExpertNetworkDbContext> options, CancellationToken cancellationToken)
    {
        var now = SearchDataSet.Now;
        var today = SearchDataSet.Today;
        var master = NdaTemplate.Publish("Master NDA", NdaScope.Master, null, "# Confidentiality\n\nKeep client data confidential.", 24, now.AddYears(-3));
        var random = new Random(20261130);
        var experts = new List<(Guid Id, ExpertStatus Status)>();
        IEnumerable<object> Extras(Expert expert)
        {
            experts.Add((expert.Id, expert.Status));
            var roll = random.Next(100);
            if (roll < 70)
            {
                var signed = now.AddDays(-random.Next(10, 600));
                var nda = NdaAgreement.Send(expert.Id, master, null, signed.AddDays(14), signed.AddDays(-1));
                nda.Sign(expert.FullName, true, "203.0.113.9", "bench", new string('a', 64), signed);
                yield return nda;
            }
            else if (roll < 75)
            {
                yield return NdaAgreement.Send(expert.Id, master, null, now.AddDays(random.Next(1, 14)), now.AddDays(-1));
            }
            if (expert.Status != ExpertStatus.Archived && random.Next(100) < 15)
                expert.SetEmployers([Companies[random.Next(Companies.Length)]]);
            if (expert.Status != ExpertStatus.Archived && random.Next(100) < 3)
            {
                var start = today.AddDays(random.Next(0, 90));
                expert.AddBlackout(new DateRange(start, start.AddDays(random.Next(3, 80))), "Away");
            }
        }

        await using (var db = SearchDataSet.NewContext(options))
        {
            db.Add(master);
            await db.SaveChangesWithoutAuditAsync(cancellationToken);
        }
        await SearchDataSet.LoadAsync(options, Extras, cancellationToken);

        await using (var db = SearchDataSet.NewContext(options))
        {
            var medicine = await db.Specialties.Where(s => s.Slug == "medicine").Select(s => s.Id).SingleAsync(cancellationToken);
            var client = Client.Create("Benchmark Pharma AI", "Benchmark Pharma AI Ltd", "ap@bench.example", "1 Bench Street", "GB", "USD", 0.2m, false, null, false, now.AddYears(-2));
            client.SetRestrictedCompanies(["Pfizer", "Roche"]);
            var project = Project.Create(client, "Benchmark evaluation", "BENCH-1", null, "Benchmark.", "Benchmark.", ConfidentialityLevel.Confidential, false,
                new Money(10_000_000m, "USD"), "America/New_York", new DateRange(today.AddDays(-400), today.AddDays(400)), now.AddYears(-2));
            var target = StaffingRequest.Open(project.Id, TargetTitle, medicine, [], [CredentialKind.MedicalLicense], ["en"], Activity.Review, 50, 10m,
                new DateRange(today.AddDays(30), today.AddDays(71)), new Money(200m, "USD"), 72, true, 20, now.AddDays(-1));
            var others = Enumerable.Range(0, 40).Select(i =>
            {
                var start = today.AddDays(-300 + i * 10);
                return StaffingRequest.Open(project.Id, $"Benchmark wave {i}", medicine, [], [], ["en"], Activity.Review, 500, 5m + i % 4 * 5,
                    new DateRange(start, start.AddDays(42)), new Money(250m, "USD"), 72, false, 20, now.AddDays(-400));
            }).ToList();
            db.AddRange([client, project, target, .. others]);
            await db.SaveChangesWithoutAuditAsync(cancellationToken);

            var rates = new Dictionary<Activity, Money> { [Activity.Review] = new(120m, "USD") };
            var engaged = new List<Engagement>();
            var pairs = new HashSet<(Guid Expert, Guid Request)>();
            for (var i = 0; i < Engagements; i++)
            {
                // One engagement per expert and request, as the schema requires.
                (Guid Id, ExpertStatus Status) expert;
                StaffingRequest request;
                do
                {
                    expert = experts[random.Next(experts.Count)];
                    request = others[random.Next(others.Count)];
                }
                while (!pairs.Add((expert.Id, request.Id)));
                var engagement = Engagement.Propose(expert.Id, request, rates, null, now.AddDays(-200));
                engagement.Offer(now.AddDays(-199).AddHours(72), now.AddDays(-199));
                var decided = now.AddDays(-198);
                switch (random.Next(100))
                {
                    case < 10:
                        break;
                    case < 30:
                        engagement.Decline(null, decided);
                        break;
                    case < 40:
                        engagement.ExpireIfDue(now.AddDays(-190));
                        break;
                    default:
                        engagement.Accept("Bench", true, null, null, new string('b', 64), decided);
                        var fate = random.Next(100);
                        if (fate >= 20)
                            engagement.Activate(decided);
                        if (fate >= 40 && fate < 90)
                            engagement.Complete(decided);
                        else if (fate >= 90)
                            engagement.Cancel("Benchmark.", decided);
                        break;
                }
                engaged.Add(engagement);
            }
            db.AddRange(engaged);
            for (var i = 0; i < Declarations; i++)
            {
                var engagement = engaged[i * (Engagements / Declarations)];
                var employer = random.Next(100) < 5 ? "Pfizer Ltd" : Companies[10 + random.Next(10)];
                db.Add(ConflictDeclaration.Declare(engagement.Id, engagement.ExpertId, [employer], null, [], now.AddDays(-199)));
            }
            await db.SaveChangesWithoutAuditAsync(cancellationToken);
        }
    }
}
