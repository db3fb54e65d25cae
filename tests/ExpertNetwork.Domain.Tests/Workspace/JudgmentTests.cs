using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Workspace;
using static ExpertNetwork.Domain.Tests.Workspace.WorkspaceFixtures;

namespace ExpertNetwork.Domain.Tests.Workspace;

public sealed class JudgmentTests
{
    private static (TaskSet Set, Judgment Judgment) Submitted(TaskType type = TaskType.Classification, bool swap = false, bool practice = false)
    {
        var set = Open(type);
        var item = Item(set, practice: practice);
        var judgment = Leased(set, item, swap).Submit(set, item, Expert, ValidAnswer(type), Now);
        judgment.ClearPendingActions();
        return (set, judgment);
    }

    [Fact]
    public void A_correction_adds_a_revision_under_the_current_guidelines_and_keeps_the_first()
    {
        var (set, first) = Submitted();
        set.ReviseGuidelines("Stage by TNM 9th edition.", "pm", Now.AddHours(1));

        var second = first.Correct(set, Expert, """{"labels":["Stage III"]}""", Now.AddHours(2));

        (first.SupersededUtc, first.IsCurrent, first.Answer).ShouldBe(((DateTime?)Now.AddHours(2), false, """{"labels":["Stage II"],"unsure":false,"flag_for_review":false}"""));
        (second.Revision, second.GuidelineVersion, second.SubmittedUtc, second.IsCurrent).ShouldBe((2, 2, Now.AddHours(2), true));
        (second.AssignmentId, second.ItemId, second.ExpertId).ShouldBe((first.AssignmentId, first.ItemId, Expert));
        second.Id.ShouldNotBe(first.Id);
        second.Answer.ShouldBe("""{"labels":["Stage III"],"unsure":false,"flag_for_review":false}""");
        first.PendingActions.ShouldBe(["Superseded"]);
        second.PendingActions.ShouldBe(["Corrected"]);
    }

    [Fact]
    public void A_correction_reads_the_choice_in_the_order_the_expert_saw()
    {
        var (set, first) = Submitted(TaskType.Pairwise, swap: true);

        var second = first.Correct(set, Expert, $$"""{"choice":"B","strength":"slight","rationale":"{{Rationale}}"}""", Now);

        second.Answer.ShouldContain("\"choice\":\"B\",\"swapped\":true,\"preferred\":\"A\"");
    }

    [Fact]
    public void Only_the_latest_revision_is_corrected()
    {
        var (set, first) = Submitted();
        first.Correct(set, Expert, ValidAnswer(set.Type), Now);

        Should.Throw<Refusal>(() => first.Correct(set, Expert, ValidAnswer(set.Type), Now))
            .Message.ShouldBe("This answer has already been corrected; correct the latest version instead.");
    }

    [Fact]
    public void Corrections_stop_when_the_set_closes_and_resume_when_it_reopens()
    {
        var (set, judgment) = Submitted();
        set.Close(Now);

        var refusal = Should.Throw<Refusal>(() => judgment.Correct(set, Expert, ValidAnswer(set.Type), Now));
        (refusal.Kind, refusal.Message).ShouldBe((RefusalKind.Conflict, "This task set is closed, so answers can no longer be corrected."));
        judgment.IsCurrent.ShouldBeTrue();

        set.Reopen(Now);
        judgment.Correct(set, Expert, ValidAnswer(set.Type), Now).Revision.ShouldBe(2);
    }

    [Fact]
    public void Only_the_expert_who_judged_corrects()
    {
        var (set, judgment) = Submitted();

        Should.Throw<Refusal>(() => judgment.Correct(set, OtherExpert, ValidAnswer(set.Type), Now))
            .Message.ShouldBe("Only the expert who made a judgment can correct it.");
    }

    [Fact]
    public void A_correction_is_checked_like_an_answer()
    {
        var (set, judgment) = Submitted(TaskType.Pairwise);

        Should.Throw<Refusal>(() => judgment.Correct(set, Expert, """{"choice":"A","strength":"clear","rationale":"too short"}""", Now))
            .Message.ShouldBe("Write at least 40 characters explaining your choice (you have written 9).");
        judgment.IsCurrent.ShouldBeTrue();
    }

    [Fact]
    public void A_practice_judgment_is_marked_as_practice()
    {
        Submitted(practice: true).Judgment.IsPractice.ShouldBeTrue();
        Submitted().Judgment.IsPractice.ShouldBeFalse();
    }
}
