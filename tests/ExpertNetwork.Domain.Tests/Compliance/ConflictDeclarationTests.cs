using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Compliance;

public sealed class ConflictDeclarationTests
{
    private static ConflictDeclaration Declare(IEnumerable<string> employers, IEnumerable<string> restricted) =>
        ConflictDeclaration.Declare(Guid.NewGuid(), Guid.NewGuid(), employers, null, restricted, TestClock.Now);

    [Fact]
    public void Declaring_pfizer_inc_conflicts_with_the_restricted_company_pfizer()
    {
        var declaration = Declare(["Pfizer Inc."], ["pfizer"]);

        declaration.HasConflict.ShouldBeTrue();
        declaration.MatchedRestrictedCompanies.ShouldBe(["pfizer"]);
    }

    [Theory]
    [InlineData("Acme Sp. z o.o.", "ACME")]
    [InlineData("Bayer AG", "Bayer")]
    [InlineData("Roche Holding Ltd", "roche holding")]
    [InlineData("Merck & Co., Inc.", "Merck")]
    [InlineData("Koninklijke Philips N.V.", "Koninklijke Philips")]
    [InlineData("Sanofi S.A.", "SANOFI")]
    public void Legal_suffixes_and_punctuation_do_not_hide_a_conflict(string employer, string restricted)
    {
        Declare([employer], [restricted]).HasConflict.ShouldBeTrue();
    }

    [Fact]
    public void An_employer_that_merely_contains_a_restricted_name_is_not_a_conflict()
    {
        Declare(["Pfizerland Clinic"], ["Pfizer"]).HasConflict.ShouldBeFalse();
    }

    [Fact]
    public void A_declaration_without_restricted_employers_has_no_conflict()
    {
        var declaration = Declare(["University Hospital Kraków", "Novartis"], ["Pfizer", "AstraZeneca"]);

        declaration.HasConflict.ShouldBeFalse();
        declaration.MatchedRestrictedCompanies.ShouldBeEmpty();
    }

    [Fact]
    public void Blank_and_repeated_employers_are_recorded_once()
    {
        var declaration = Declare(["Novartis", " ", "novartis", "  Roche  "], []);

        declaration.Employers.ShouldBe(["Novartis", "Roche"]);
    }

    [Fact]
    public void More_than_twenty_employers_are_refused()
    {
        var employers = Enumerable.Range(1, 21).Select(i => $"Hospital {i}");

        Should.Throw<Refusal>(() => Declare(employers, []))
            .Message.ShouldBe("Declare at most 20 employers.");
    }

    [Theory]
    [InlineData("Pfizer Inc.", "pfizer")]
    [InlineData("Sanofi S.A.", "sanofi")]
    [InlineData("Acme Labs, L.L.C.", "acme labs")]
    [InlineData("Company", "company")]
    [InlineData("Acme Holdings Co", "acme holdings")]
    public void Company_names_are_compared_without_case_punctuation_or_legal_suffix(string name, string normalized)
    {
        CompanyNames.Normalize(name).ShouldBe(normalized);
    }
}
