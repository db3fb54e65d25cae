using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Experts;

public sealed class ExpertEligibilityTests
{
    private static readonly Guid ClientId = Guid.NewGuid();
    private static readonly DateRange Window = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 12));
    private static readonly CredentialKind[] MedicalLicenseRequired = [CredentialKind.MedicalLicense];

    private static IReadOnlyList<Ineligibility> Check(
        Expert expert, IEnumerable<Credential> credentials, IEnumerable<NdaAgreement> ndas,
        NdaScope requiredScope = NdaScope.Master, IEnumerable<CredentialKind>? requiredKinds = null) =>
        ExpertEligibility.Check(expert, credentials, ndas, ClientId, requiredScope, requiredKinds ?? MedicalLicenseRequired, Window);

    private static Credential Licence(Expert expert) => new CredentialBuilder().ForExpert(expert).Verified().Build();

    private static NdaAgreement MasterNda(Expert expert) => new NdaAgreementBuilder().ForExpert(expert.Id).Master().Signed().Build();

    [Theory]
    [InlineData(ExpertStatus.Vetted)]
    [InlineData(ExpertStatus.Active)]
    public void A_vetted_or_active_expert_with_a_valid_licence_and_a_signed_nda_is_eligible(ExpertStatus status)
    {
        var expert = new ExpertBuilder().InStatus(status).Build();

        Check(expert, [Licence(expert)], [MasterNda(expert)]).ShouldBeEmpty();
    }

    [Fact]
    public void An_applicant_is_not_eligible_because_they_are_not_vetted_yet()
    {
        var expert = new ExpertBuilder().Build();

        var reasons = Check(expert, [Licence(expert)], [MasterNda(expert)]);

        reasons.ShouldHaveSingleItem().ShouldBe(new Ineligibility("status", "Not vetted yet."));
    }

    [Fact]
    public void A_suspended_expert_is_not_eligible_and_the_suspension_reason_is_shown()
    {
        var expert = new ExpertBuilder().SuspendedFrom(ExpertStatus.Active, "Complaint under review").Build();

        var reasons = Check(expert, [Licence(expert)], [MasterNda(expert)]);

        reasons.ShouldHaveSingleItem().ShouldBe(new Ineligibility("status", "Suspended: Complaint under review"));
    }

    [Fact]
    public void An_archived_expert_is_not_eligible()
    {
        var expert = new ExpertBuilder().Archived().Build();

        Check(expert, [Licence(expert)], [MasterNda(expert)]).ShouldHaveSingleItem().Reason.ShouldBe("Archived.");
    }

    [Fact]
    public void An_expert_without_the_required_credential_is_not_eligible()
    {
        var expert = new ExpertBuilder().Active().Build();

        var reasons = Check(expert, [], [MasterNda(expert)]);

        reasons.ShouldHaveSingleItem().ShouldBe(new Ineligibility("credential", "No verified medical license valid on 2026-03-02."));
    }

    [Fact]
    public void Another_experts_licence_does_not_count()
    {
        var expert = new ExpertBuilder().Active().Build();
        var someoneElses = new CredentialBuilder().Verified().Build();

        Check(expert, [someoneElses], [MasterNda(expert)]).ShouldHaveSingleItem().Code.ShouldBe("credential");
    }

    [Fact]
    public void A_rejected_credential_counts_as_missing()
    {
        var expert = new ExpertBuilder().Active().Build();
        var rejected = new CredentialBuilder().ForExpert(expert).Rejected().Build();

        Check(expert, [rejected], [MasterNda(expert)]).ShouldHaveSingleItem().Reason.ShouldStartWith("No verified medical license");
    }

    [Fact]
    public void A_credential_still_pending_verification_is_named_as_such()
    {
        var expert = new ExpertBuilder().Active().Build();
        var pending = new CredentialBuilder().ForExpert(expert).Pending().Build();

        Check(expert, [pending], [MasterNda(expert)]).ShouldHaveSingleItem()
            .ShouldBe(new Ineligibility("credential", "Medical license is still pending verification."));
    }

    [Fact]
    public void A_credential_expiring_before_the_window_ends_is_not_enough()
    {
        var expert = new ExpertBuilder().Active().Build();
        var expiring = new CredentialBuilder().ForExpert(expert).ExpiringOn(new DateOnly(2026, 4, 1)).Verified().Build();

        Check(expert, [expiring], [MasterNda(expert)]).ShouldHaveSingleItem()
            .ShouldBe(new Ineligibility("credential", "Medical license expires on 2026-04-01, before the window ends."));
    }

    [Fact]
    public void A_renewed_credential_covering_the_window_makes_up_for_an_expiring_one()
    {
        var expert = new ExpertBuilder().Active().Build();
        var expiring = new CredentialBuilder().ForExpert(expert).ExpiringOn(new DateOnly(2026, 4, 1)).Verified().Build();
        var renewed = new CredentialBuilder().ForExpert(expert).IssuedOn(new DateOnly(2026, 2, 1)).ExpiringOn(new DateOnly(2031, 2, 1)).Verified().Build();

        Check(expert, [expiring, renewed], [MasterNda(expert)]).ShouldBeEmpty();
    }

    [Fact]
    public void Every_missing_kind_of_credential_is_reported()
    {
        var expert = new ExpertBuilder().Active().Build();

        var reasons = Check(expert, [Licence(expert)], [MasterNda(expert)], requiredKinds: [CredentialKind.MedicalLicense, CredentialKind.BoardCertification, CredentialKind.BoardCertification]);

        reasons.ShouldHaveSingleItem().Reason.ShouldBe("No verified board certification valid on 2026-03-02.");
    }

    [Fact]
    public void An_expert_without_any_nda_is_not_eligible()
    {
        var expert = new ExpertBuilder().Active().Build();

        Check(expert, [Licence(expert)], []).ShouldHaveSingleItem().ShouldBe(new Ineligibility("nda", "No NDA in force."));
    }

    [Fact]
    public void An_nda_that_was_sent_but_not_signed_does_not_count()
    {
        var expert = new ExpertBuilder().Active().Build();
        var unsigned = new NdaAgreementBuilder().ForExpert(expert.Id).Master().Sent().Build();

        Check(expert, [Licence(expert)], [unsigned]).ShouldHaveSingleItem().Code.ShouldBe("nda");
    }

    [Fact]
    public void An_nda_signed_after_the_window_starts_is_not_in_force_for_it()
    {
        var expert = new ExpertBuilder().Active().Build();
        var late = new NdaAgreementBuilder().ForExpert(expert.Id).Master().SignedAt(TestClock.Utc(2026, 3, 3)).Build();

        Check(expert, [Licence(expert)], [late]).ShouldHaveSingleItem().Code.ShouldBe("nda");
    }

    [Fact]
    public void A_master_nda_covers_work_for_any_client()
    {
        var expert = new ExpertBuilder().Active().Build();

        var forOneClient = ExpertEligibility.Check(expert, [Licence(expert)], [MasterNda(expert)], Guid.NewGuid(), NdaScope.Master, MedicalLicenseRequired, Window);
        var forAnother = ExpertEligibility.Check(expert, [Licence(expert)], [MasterNda(expert)], Guid.NewGuid(), NdaScope.Master, MedicalLicenseRequired, Window);

        forOneClient.ShouldBeEmpty();
        forAnother.ShouldBeEmpty();
    }

    [Fact]
    public void When_the_client_requires_its_own_nda_a_master_nda_is_not_enough()
    {
        var expert = new ExpertBuilder().Active().Build();

        var reasons = Check(expert, [Licence(expert)], [MasterNda(expert)], requiredScope: NdaScope.Client);

        reasons.ShouldHaveSingleItem().ShouldBe(new Ineligibility("nda", "No client NDA in force."));
    }

    [Fact]
    public void A_signed_nda_for_the_client_satisfies_a_client_nda_requirement()
    {
        var expert = new ExpertBuilder().Active().Build();
        var clientNda = new NdaAgreementBuilder().ForExpert(expert.Id).ForClient(ClientId).Signed().Build();

        Check(expert, [Licence(expert)], [clientNda], requiredScope: NdaScope.Client).ShouldBeEmpty();
    }

    [Fact]
    public void A_client_nda_for_another_client_does_not_cover_this_one()
    {
        var expert = new ExpertBuilder().Active().Build();
        var otherClientsNda = new NdaAgreementBuilder().ForExpert(expert.Id).ForClient(Guid.NewGuid()).Signed().Build();

        Check(expert, [Licence(expert)], [otherClientsNda], requiredScope: NdaScope.Client).ShouldHaveSingleItem().Code.ShouldBe("nda");
        Check(expert, [Licence(expert)], [otherClientsNda]).ShouldHaveSingleItem().Reason.ShouldBe("No NDA in force.");
    }

    [Fact]
    public void All_reasons_are_reported_together()
    {
        var expert = new ExpertBuilder().Build();

        var reasons = Check(expert, [], []);

        reasons.Select(r => r.Code).ShouldBe(["status", "credential", "nda"]);
    }

    [Theory]
    [InlineData(CredentialKind.MedicalLicense, "Medical license")]
    [InlineData(CredentialKind.ProfessionalEngineerLicense, "PE license")]
    [InlineData(CredentialKind.Cfa, "CFA charter")]
    [InlineData(CredentialKind.Other, "Other credential")]
    public void Credential_kinds_are_described_in_plain_words(CredentialKind kind, string description)
    {
        ExpertEligibility.Describe(kind).ShouldBe(description);
    }
}
