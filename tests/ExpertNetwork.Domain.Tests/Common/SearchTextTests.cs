using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Tests.Common;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("ŁUKASZ", "lukasz")]
    [InlineData("Żółkiewski", "zolkiewski")]
    [InlineData("Jürgen MÜLLER", "jurgen muller")]
    [InlineData("Søren", "soren")]
    [InlineData("Strauß", "strauss")]
    [InlineData("Ærø", "aero")]
    [InlineData("José Ramón Núñez", "jose ramon nunez")]
    [InlineData("Dvořák", "dvorak")]
    [InlineData("Ελένη", "ελενη")]
    [InlineData("  Ada Lovelace ", "ada lovelace")]
    [InlineData("m.sklodowska@radium.example", "m.sklodowska@radium.example")]
    public void Folding_lowers_case_and_removes_accents_and_strokes(string text, string folded) =>
        SearchText.Fold(text).ShouldBe(folded);

    [Fact]
    public void German_transliteration_is_not_guessed() => SearchText.Fold("Müller").ShouldNotBe(SearchText.Fold("Mueller"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_to_search_folds_to_empty(string? text) => SearchText.Fold(text).ShouldBeEmpty();
}
