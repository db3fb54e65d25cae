using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Infrastructure.Documents;
using ExpertNetwork.Infrastructure.Tests.Templates;
using Microsoft.Extensions.Options;

namespace ExpertNetwork.Infrastructure.Tests.Documents;

public sealed class ContractDocumentsTests
{
    private static readonly DateTime OfferedUtc = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime AcceptedUtc = new(2026, 3, 3, 17, 45, 12, DateTimeKind.Utc);
    private static readonly Guid EngagementId = Guid.Parse("0195f3a2-7c41-7d2e-9b1a-4f2c8e6d3a10");

    private static ContractDocuments Documents() => new(RepositoryTemplates.CreateEngine(), new SkiaPdfRenderer(),
        Options.Create(new CompanyOptions { Name = "ExpertNetwork Sp. z o.o.", Address = "ul. Złota 44, Warszawa", TaxId = "PL5252812345" }), new FixedClock(AcceptedUtc));

    private static ContractFacts Facts() => new(EngagementId, OfferedUtc, "Dr Zofia Łukasiewicz", "zofia@experts.example", "Poland",
        "Oncology reasoning evaluation", OfferDisclosure.ConfidentialClient, Activity.Review,
        new DateRange(new DateOnly(2026, 3, 23), new DateOnly(2026, 5, 3)), 10m, 60m,
        [new AgreedRate(Activity.Review, new Money(187.5m, "EUR")), new AgreedRate(Activity.RubricDesign, new Money(220m, "EUR"))]);

    [Fact]
    public void The_accepted_contract_shows_the_agreed_rates_and_ends_with_the_acceptance_evidence()
    {
        var documents = Documents();
        var contract = documents.Render(Facts());

        var pdf = documents.RenderAccepted(contract, new ContractAcceptanceEvidence("zofia łukasiewicz", "zofia@experts.example", AcceptedUtc, "Europe/Warsaw",
            "203.0.113.9", "Mozilla/5.0 (iPhone) Mobile Safari", "Client NDA, version 2, signed in the same visit.", "Declared on acceptance. Employers: Szpital Uniwersytecki."));

        var pages = PdfText.Pages(pdf);
        var all = string.Join(" ", pages);
        all.ShouldContain("Consulting Agreement");
        all.ShouldContain("187.50 EUR");
        all.ShouldContain("Rubric design 220.00 EUR");
        all.ShouldContain("Accepted electronically by zofia łukasiewicz");
        all.ShouldNotContain("Northwind");
        var evidence = pages[^1];
        evidence.ShouldContain("Evidence of electronic acceptance");
        evidence.ShouldContain("3 March 2026, 17:45:12 UTC");
        evidence.ShouldContain("3 March 2026, 18:45:12 (Europe/Warsaw, UTC+01:00)");
        evidence.ShouldContain("203.0.113.9");
        evidence.ShouldContain("iPhone");
        evidence.ShouldContain(EngagementId.ToString());
        evidence.ShouldContain("Agreed rate 187.50 EUR per hour (Review)");
        evidence.ShouldContain("signed in the same visit");
        evidence.Replace(" ", string.Empty, StringComparison.Ordinal).ShouldContain(contract.Sha256);
    }

    [Fact]
    public void The_contract_text_and_its_hash_are_the_same_for_the_same_engagement_and_the_preview_is_marked_unsigned()
    {
        var documents = Documents();

        var first = documents.Render(Facts());
        var second = documents.Render(Facts());

        second.Sha256.ShouldBe(first.Sha256);
        first.Html.ShouldContain("187.50 EUR");
        PdfText.All(documents.RenderPreview(first)).ShouldContain("This copy is not signed");
    }

    private sealed class FixedClock(DateTime now) : IClock
    {
        public DateTime UtcNow => now;
    }
}
