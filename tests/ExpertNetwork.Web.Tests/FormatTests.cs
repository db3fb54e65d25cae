using ExpertNetwork.Web.Infrastructure;

namespace ExpertNetwork.Web.Tests;

public sealed class FormatTests
{
    [Theory]
    [InlineData("Registered", "Registered")]
    [InlineData("ProfileUpdated+RateSet", "Profile updated, rate set")]
    [InlineData("Registered+LanguagesChanged+SpecialtiesChanged", "Registered, languages changed, specialties changed")]
    public void Recorded_verbs_read_as_words_in_the_history(string action, string shown) =>
        Format.Action(action).ShouldBe(shown);

    [Theory]
    [InlineData("NdaAgreement", "NDA agreement")]
    [InlineData("Credential", "Credential")]
    public void Record_types_read_as_words_in_the_history(string type, string shown) =>
        Format.Words(type).ShouldBe(shown);
}
