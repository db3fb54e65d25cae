using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Templates;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Templates;

public sealed class TemplateRevisionTests
{
    private const string Key = "emails/offer";
    private const string Text = "---\nsubject: Offer\nvariables: [offer.url]\n---\n[Open]({{offer.url}})\n";

    [Fact]
    public void The_first_edit_of_a_template_is_version_1_and_line_breaks_from_a_browser_give_the_same_text_and_hash()
    {
        var revision = TemplateRevision.Save(Key, 0, Text.Replace("\n", "\r\n", StringComparison.Ordinal), "  Shorter  ", "Alex Admin", TestClock.Now);

        revision.Number.ShouldBe(1);
        revision.Text.ShouldBe(Text);
        revision.TextSha256.ShouldBe(TestHashes.Sha256Of(Text));
        revision.Note.ShouldBe("Shorter");
        revision.RestoredFromNumber.ShouldBeNull();
        revision.IsShippedDefault.ShouldBeFalse();
        revision.PendingActions.ShouldBe(["Saved"]);
    }

    [Fact]
    public void Restoring_an_older_version_is_a_new_version_that_names_the_one_it_brings_back()
    {
        var revision = TemplateRevision.Save(Key, 4, Text, null, "Alex Admin", TestClock.Now, restoredFromNumber: 2);

        revision.Number.ShouldBe(5);
        revision.RestoredFromNumber.ShouldBe(2);
        revision.PendingActions.ShouldBe(["Restored"]);
    }

    [Fact]
    public void Restoring_the_shipped_default_stores_no_text_of_its_own()
    {
        var revision = TemplateRevision.RestoreShippedDefault(Key, 3, "Back to the file", "Alex Admin", TestClock.Now);

        revision.Number.ShouldBe(4);
        revision.IsShippedDefault.ShouldBeTrue();
        revision.Text.ShouldBeNull();
        revision.TextSha256.ShouldBeNull();
        revision.RestoredFromNumber.ShouldBe(0);
        revision.PendingActions.ShouldBe(["DefaultRestored"]);
    }

    [Fact]
    public void The_shipped_default_of_a_template_that_was_never_edited_cannot_be_restored()
    {
        Should.Throw<Refusal>(() => TemplateRevision.RestoreShippedDefault(Key, 0, null, "Alex Admin", TestClock.Now))
            .Message.ShouldBe("This template was never edited: the shipped default is already in force.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_version_that_does_not_exist_cannot_be_restored(int restoredFrom)
    {
        Should.Throw<Refusal>(() => TemplateRevision.Save(Key, 3, Text, null, "Alex Admin", TestClock.Now, restoredFrom))
            .Message.ShouldBe($"Version {restoredFrom} of this template does not exist.");
    }

    [Fact]
    public void An_empty_or_oversized_text_is_refused()
    {
        Should.Throw<Refusal>(() => TemplateRevision.Save(Key, 0, " \n ", null, "Alex Admin", TestClock.Now)).Message.ShouldBe("The template text is empty.");
        Should.Throw<Refusal>(() => TemplateRevision.Save(Key, 0, new string('x', TemplateRevision.MaxTextLength + 1), null, "Alex Admin", TestClock.Now))
            .Message.ShouldStartWith("A template must be at most 50000 characters");
    }
}
