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

    [Theory]
    [InlineData(0, 30, "just now")]
    [InlineData(5, 0, "5 h")]
    [InlineData(49, 0, "2 d")]
    public void Ages_count_to_the_read_models_now_not_the_system_clock(int hours, int minutes, string shown)
    {
        var now = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        Format.Age(now.AddHours(-hours).AddMinutes(-minutes), now).ShouldBe(shown);
    }

    [Theory]
    [InlineData("MedicalLicense", "Medical License")]
    [InlineData("Cfa", "Cfa")]
    public void Option_names_keep_their_capitals_with_the_words_apart(string name, string shown) =>
        Format.Spaced(name).ShouldBe(shown);

    [Fact]
    public void Hours_show_at_most_two_places() =>
        (Format.Hours(7.5m), Format.Hours(8m), Format.Hours(0.25m), Format.Tenths(10m)).ShouldBe(("7.5", "8", "0.25", "10"));
}
