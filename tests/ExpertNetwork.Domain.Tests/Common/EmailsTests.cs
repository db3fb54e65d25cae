using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Tests.Common;

public sealed class EmailsTests
{
    [Theory]
    [InlineData("  Anna.Kowalska@Example.COM ", "anna.kowalska@example.com")]
    [InlineData("dr.smith+oncology@hospital.org.uk", "dr.smith+oncology@hospital.org.uk")]
    public void An_address_is_trimmed_and_lower_cased_so_uniqueness_checks_hold(string input, string normalized)
    {
        Emails.Normalize(input).ShouldBe(normalized);
    }

    [Theory]
    [InlineData("anna")]
    [InlineData("anna@")]
    [InlineData("anna@localhost")]
    [InlineData("Anna Kowalska <anna@example.com>")]
    [InlineData("anna@@example.com")]
    public void A_malformed_address_is_refused(string input)
    {
        Should.Throw<Refusal>(() => Emails.Normalize(input))
            .Message.ShouldContain("is not a valid email address");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_missing_address_is_refused(string? input)
    {
        Should.Throw<Refusal>(() => Emails.Normalize(input))
            .Message.ShouldBe("Email is required.");
    }

    [Fact]
    public void An_address_longer_than_the_limit_is_refused()
    {
        var tooLong = new string('a', 250) + "@example.com";

        Should.Throw<Refusal>(() => Emails.Normalize(tooLong))
            .Message.ShouldContain($"at most {TextLimits.Email} characters");
    }
}
