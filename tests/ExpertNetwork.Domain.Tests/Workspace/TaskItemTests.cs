using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Workspace;
using static ExpertNetwork.Domain.Tests.Workspace.WorkspaceFixtures;

namespace ExpertNetwork.Domain.Tests.Workspace;

public sealed class TaskItemTests
{
    [Fact]
    public void An_item_keeps_its_content_as_json_of_its_type()
    {
        var set = Open(TaskType.Pairwise);

        var item = TaskItem.Import(set, " q-17 ", 17, new PairwiseContent("Q", "a", "b"), false, null, Now);

        (item.TaskSetId, item.ExternalId, item.Sequence, item.IsPractice, item.JudgmentsSubmitted).ShouldBe((set.Id, "q-17", 17, false, 0));
        item.Content.ShouldBe("""{"prompt":"Q","response_a":"a","response_b":"b"}""");
        item.ReadContent(TaskType.Pairwise).ShouldBe(new PairwiseContent("Q", "a", "b"));
    }

    [Fact]
    public void Content_of_another_type_is_refused()
    {
        Should.Throw<Refusal>(() => TaskItem.Import(Open(), "x", 1, new RubricContent("Q", "R"), false, null, Now))
            .Message.ShouldBe("This is a rubric item, but the task set is classification.");
    }

    [Fact]
    public void Only_a_practice_item_has_an_expected_answer()
    {
        var set = Open();
        var expected = TaskAnswer.Parse(set, """{"labels":["Stage III"]}""", false);

        var practice = TaskItem.Import(set, "p-1", 1, ContentFor(set.Type), true, expected, Now);

        practice.ExpectedAnswer.ShouldBe("""{"labels":["Stage III"],"unsure":false,"flag_for_review":false}""");
        Should.Throw<Refusal>(() => TaskItem.Import(set, "x", 2, ContentFor(set.Type), false, expected, Now))
            .Message.ShouldBe("Only a practice item has an expected answer.");
    }

    [Fact]
    public void An_item_over_256_kb_is_refused()
    {
        var big = new ClassificationContent(null, new string('x', TaskItem.MaxContentBytes), null);

        Should.Throw<Refusal>(() => TaskItem.Import(Open(), "x", 1, big, false, null, Now)).Message.ShouldBe("The item is larger than 256 KB.");
    }

    [Fact]
    public void A_closed_set_takes_no_items()
    {
        var set = Open();
        set.Close(Now);

        Should.Throw<Refusal>(() => Item(set)).Message.ShouldBe("This task set is closed; reopen it to add items.");
    }

    [Fact]
    public void The_shuffle_key_is_fixed_per_set_and_item()
    {
        var set = Open();

        Item(set, "note-1").ShuffleKey.ShouldBe(Item(set, "note-1").ShuffleKey);
        Item(set, "note-1").ShuffleKey.ShouldNotBe(Item(set, "note-2").ShuffleKey);
        Item(Open(), "note-1").ShuffleKey.ShouldNotBe(Item(set, "note-1").ShuffleKey);
        TaskItem.ShuffleKeyFor(Guid.Empty, "a").ShouldBe(TaskItem.ShuffleKeyFor(Guid.Empty, "a"));
    }

    [Fact]
    public void An_item_takes_as_many_judgments_as_the_overlap_and_no_more()
    {
        var set = Open(overlap: 2);
        var item = Item(set);

        item.TryCountJudgment(set).ShouldBeTrue();
        item.TryCountJudgment(set).ShouldBeTrue();
        item.TryCountJudgment(set).ShouldBeFalse();

        item.JudgmentsSubmitted.ShouldBe(2);
        item.NeedsJudgments(set).ShouldBeFalse();
    }

    [Fact]
    public void Practice_judgments_are_never_counted()
    {
        var set = Open();
        var practice = Item(set, practice: true);

        practice.TryCountJudgment(set).ShouldBeTrue();
        practice.TryCountJudgment(set).ShouldBeTrue();

        practice.JudgmentsSubmitted.ShouldBe(0);
        practice.NeedsJudgments(set).ShouldBeTrue();
    }
}
