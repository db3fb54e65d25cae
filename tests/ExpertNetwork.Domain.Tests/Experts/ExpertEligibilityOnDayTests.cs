using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Experts;

public sealed class ExpertEligibilityOnDayTests
{
    private static readonly DateOnly Day = new(2026, 5, 4);

    private static IReadOnlyList<Ineligibility> CheckOn(Expert expert, IEnumerable<Credential> credentials, params CredentialKind[] required) =>
        ExpertEligibility.CheckOn(expert, credentials, Day, required);

    [Theory]
    [InlineData(ExpertStatus.Vetted)]
    [InlineData(ExpertStatus.Active)]
    public void A_vetted_or_active_expert_with_a_verified_credential_in_date_is_eligible_that_day(ExpertStatus status)
    {
        var expert = new ExpertBuilder().InStatus(status).Build();

        CheckOn(expert, [new CredentialBuilder().ForExpert(expert).Build()]).ShouldBeEmpty();
    }

    [Fact]
    public void An_applicant_is_not_eligible_even_with_a_verified_credential()
    {
        var expert = new ExpertBuilder().Build();

        CheckOn(expert, [new CredentialBuilder().ForExpert(expert).Build()]).ShouldHaveSingleItem().ShouldBe(new Ineligibility("status", "Not vetted yet."));
    }

    [Fact]
    public void A_suspended_expert_is_not_eligible_and_the_reason_says_why()
    {
        var expert = new ExpertBuilder().SuspendedFrom(ExpertStatus.Active, "Licence under review").Build();

        CheckOn(expert, [new CredentialBuilder().ForExpert(expert).Build()]).ShouldHaveSingleItem().Reason.ShouldBe("Suspended: Licence under review");
    }

    [Fact]
    public void A_credential_counts_as_not_verified_from_its_expiry_date_on()
    {
        var expert = new ExpertBuilder().Active().Build();
        var expiringThatDay = new CredentialBuilder().ForExpert(expert).ExpiringOn(Day).Build();
        var expiringNextDay = new CredentialBuilder().ForExpert(expert).ExpiringOn(Day.AddDays(1)).Build();

        CheckOn(expert, [expiringThatDay]).ShouldHaveSingleItem().ShouldBe(new Ineligibility("credential", "No verified credential in date on 2026-05-04."));
        CheckOn(expert, [expiringNextDay]).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(VerificationStatus.Pending)]
    [InlineData(VerificationStatus.Rejected)]
    public void A_credential_that_compliance_has_not_verified_does_not_count(VerificationStatus status)
    {
        var expert = new ExpertBuilder().Active().Build();

        CheckOn(expert, [new CredentialBuilder().ForExpert(expert).InStatus(status).Build()]).ShouldHaveSingleItem().Code.ShouldBe("credential");
    }

    [Fact]
    public void Another_experts_credential_does_not_count()
    {
        var expert = new ExpertBuilder().Active().Build();
        var someoneElse = new ExpertBuilder().Active().Build();

        CheckOn(expert, [new CredentialBuilder().ForExpert(someoneElse).Build()]).ShouldHaveSingleItem().Code.ShouldBe("credential");
    }

    [Fact]
    public void Each_required_kind_needs_its_own_verified_credential()
    {
        var expert = new ExpertBuilder().Active().Build();
        var licence = new CredentialBuilder().ForExpert(expert).OfKind(CredentialKind.MedicalLicense).Build();

        CheckOn(expert, [licence], CredentialKind.MedicalLicense, CredentialKind.BoardCertification)
            .ShouldHaveSingleItem().Reason.ShouldBe("No verified board certification in date on 2026-05-04.");
    }

    [Fact]
    public void An_expert_is_not_eligible_on_a_blacked_out_day_but_is_the_day_after()
    {
        var expert = new ExpertBuilder().Active().Build();
        expert.AddBlackout(new DateRange(Day.AddDays(-2), Day), "Congress");
        var licence = new CredentialBuilder().ForExpert(expert).Build();

        CheckOn(expert, [licence]).ShouldHaveSingleItem().ShouldBe(new Ineligibility("blackout", "Unavailable on 2026-05-04."));
        ExpertEligibility.CheckOn(expert, [licence], Day.AddDays(1), []).ShouldBeEmpty();
    }
}
