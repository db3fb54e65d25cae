using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Compliance;

public sealed class NdaTemplateTests
{
    private static readonly DateTime Now = TestClock.Now;

    [Fact]
    public void A_published_nda_is_version_one_and_fingerprints_its_exact_text()
    {
        var template = NdaTemplate.Publish("Master NDA", NdaScope.Master, null, "  Keep it secret.  ", 24, Now);

        template.VersionNumber.ShouldBe(1);
        template.Body.ShouldBe("Keep it secret.");
        template.BodySha256.ShouldBe(TestHashes.Sha256Of("Keep it secret."));
        template.IsRetired.ShouldBeFalse();
    }

    [Fact]
    public void A_client_specific_nda_must_name_its_client()
    {
        Should.Throw<Refusal>(() => NdaTemplate.Publish("Helix NDA", NdaScope.Client, null, "Text", 12, Now))
            .Message.ShouldBe("A client-specific NDA must name its client.");
    }

    [Fact]
    public void A_master_nda_cannot_be_tied_to_one_client()
    {
        Should.Throw<Refusal>(() => NdaTemplate.Publish("Master NDA", NdaScope.Master, Guid.NewGuid(), "Text", 12, Now))
            .Message.ShouldBe("A master NDA cannot be tied to one client.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void Validity_outside_1_to_120_months_is_refused(int months)
    {
        Should.Throw<Refusal>(() => NdaTemplate.Publish("Master NDA", NdaScope.Master, null, "Text", months, Now))
            .Message.ShouldBe("An NDA must be valid for between 1 and 120 months.");
    }

    [Fact]
    public void Revising_creates_the_next_version_for_the_same_scope_and_client()
    {
        var clientId = Guid.NewGuid();
        var v1 = new NdaTemplateBuilder().ForClient(clientId).Build();

        var v2 = v1.Revise("Revised text covering model outputs.", 24, Now);

        v2.VersionNumber.ShouldBe(2);
        v2.Scope.ShouldBe(NdaScope.Client);
        v2.ClientId.ShouldBe(clientId);
        v2.Name.ShouldBe(v1.Name);
        v2.ValidityMonths.ShouldBe(24);
        v2.BodySha256.ShouldNotBe(v1.BodySha256);
        v1.VersionNumber.ShouldBe(1);
    }

    [Fact]
    public void A_retired_version_cannot_be_revised()
    {
        var retired = new NdaTemplateBuilder().Retired().Build();

        Should.Throw<Refusal>(() => retired.Revise("New text", 12, Now))
            .Message.ShouldBe("A retired NDA version cannot be revised; revise the current version.");
    }

    [Fact]
    public void Retiring_twice_keeps_the_first_retirement_time()
    {
        var template = new NdaTemplateBuilder().Build();
        template.Retire(Now);

        template.Retire(Now.AddDays(5));

        template.IsRetired.ShouldBeTrue();
        template.RetiredUtc.ShouldBe(Now);
    }
}
