using System.Text.RegularExpressions;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests.Support;

/// <summary>
/// A fresh client, project and staffing request (with the given seats), and experts who fit it: active, licensed
/// through the window, with a USD review rate and a master NDA in force. Plus what the offer page's form posts.
/// </summary>
public static partial class OfferScenario
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static Task<(Guid RequestId, List<Expert> Experts)> CreateAsync(WebApp app, int expertCount, int seats, bool suspendLast = false) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            var now = DateTime.UtcNow;
            var today = DateOnly.FromDateTime(now);
            var specialty = await db.Specialties.OrderBy(x => x.Path).FirstAsync(Cancellation);
            var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
            var client = Client.Create("Offer Test Client " + suffix, "Offer Test Client Ltd", "ap@offer-test.example", "1 High Street, London", "GB", "USD", 0.2m, false, null, false, now);
            var project = Project.Create(client, "Clinical answer grading " + suffix, "OFR-" + suffix, null, "Grade model answers.", "Grade short clinical answers.",
                ConfidentialityLevel.Open, false, new Money(100_000m, "USD"), "Europe/London", new DateRange(today, today.AddDays(120)), now);
            var request = StaffingRequest.Open(project.Id, "Clinical graders", specialty.Id, [], [CredentialKind.MedicalLicense], ["en"], Activity.Review,
                seats, 10m, new DateRange(today.AddDays(10), today.AddDays(40)), new Money(300m, "USD"), 72, false, 5, now);
            var master = await db.NdaTemplates.FirstAsync(t => t.Scope == NdaScope.Master && t.RetiredUtc == null, Cancellation);
            var experts = new List<Expert>();
            db.AddRange(client, project, request);
            for (var i = 0; i < expertCount; i++)
            {
                var expert = Expert.Register($"Marta Offerowa {suffix}{i}", $"marta.{suffix.ToLowerInvariant()}{i}@experts.example", "PL", "Europe/Warsaw", 10, 20m, now.AddDays(-100));
                expert.SetLanguages(["en"]);
                expert.SetSpecialties([specialty.Id]);
                var license = Credential.Add(expert.Id, CredentialKind.MedicalLicense, "Naczelna Izba Lekarska", "PWZ-" + suffix + i, "PL",
                    today.AddYears(-5), today.AddYears(3), now.AddDays(-100));
                license.Verify("compliance@demo.local", now.AddDays(-95));
                expert.MarkVetted([license], now.AddDays(-90));
                expert.Activate(now.AddDays(-90));
                if (suspendLast && i == expertCount - 1)
                    expert.Suspend("Licence under review.", now);
                expert.SetRate(Activity.Review, new Money(200m, "USD"), new DateRange(today.AddDays(-90), null));
                var nda = NdaAgreement.Send(expert.Id, master, null, now.AddDays(-80), now.AddDays(-90));
                nda.Sign(expert.FullName, true, null, null, new string('c', 64), now.AddDays(-85));
                db.AddRange(expert, license, nda);
                experts.Add(expert);
            }
            await db.SaveChangesAsync(Cancellation);
            return (request.Id, experts);
        });

    public static List<KeyValuePair<string, string>> AcceptFields(HtmlPage page, string name, bool consent = true) =>
    [
        new("Form.FullName", name),
        new("Form.Consent", consent ? "true" : "false"),
        new("Form.ContractSha256", HiddenHash().Match(page.Markup).Groups[1].Value),
        new("__RequestVerificationToken", page.AntiforgeryToken),
    ];

    /// <summary>The token of an offer link in a mail body.</summary>
    [GeneratedRegex(@"/offers/([A-Za-z0-9_-]{43})")]
    public static partial Regex LinkPattern();

    [GeneratedRegex(@"name=""Form.ContractSha256""[^>]*value=""([0-9a-f]{64})""")]
    private static partial Regex HiddenHash();
}
