using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Workspace;
using static ExpertNetwork.Domain.Tests.Workspace.WorkspaceFixtures;

namespace ExpertNetwork.Domain.Tests.Workspace;

public sealed class AssignmentTests
{
    private static readonly DateTime Expiry = Now.AddMinutes(30);

    private static (TaskSet Set, TaskItem Item, Assignment Assignment) Leased(TaskType type = TaskType.Classification, bool swap = false)
    {
        var set = Open(type);
        var item = Item(set);
        return (set, item, WorkspaceFixtures.Leased(set, item, swap));
    }

    [Fact]
    public void A_lease_runs_for_the_sets_lease_minutes()
    {
        var (set, item, assignment) = Leased();

        (assignment.ItemId, assignment.TaskSetId, assignment.ExpertId, assignment.EngagementId).ShouldBe((item.Id, set.Id, Expert, Engagement));
        (assignment.State, assignment.LeasedUtc, assignment.LeaseExpiresUtc).ShouldBe((AssignmentState.Leased, Now, Expiry));
        assignment.PendingActions.ShouldBe(["Leased"]);
    }

    [Fact]
    public void Only_pairwise_items_are_shown_swapped()
    {
        Leased(TaskType.Pairwise, swap: true).Assignment.SwapResponses.ShouldBeTrue();
        Leased(TaskType.Rubric, swap: true).Assignment.SwapResponses.ShouldBeFalse();
    }

    [Fact]
    public void Nothing_is_leased_from_a_set_that_is_not_open_or_an_item_that_has_its_judgments()
    {
        var draft = Draft();
        var open = Open();
        var done = Item(open);
        done.TryCountJudgment(open);

        Should.Throw<Refusal>(() => WorkspaceFixtures.Leased(draft, Item(draft)))
            .Message.ShouldBe("This task set is draft, so it has no items to work on.");
        Should.Throw<Refusal>(() => WorkspaceFixtures.Leased(open, done)).Message.ShouldBe("This item already has all the judgments it needs.");
    }

    [Fact]
    public void The_lease_rule_is_the_same_in_a_query_and_in_memory()
    {
        var leased = Leased().Assignment;
        var (set, item, submitted) = Leased();
        submitted.Submit(set, item, Expert, ValidAnswer(set.Type), Now);
        var skipped = Leased().Assignment;
        skipped.Skip("Not my field", Now);

        foreach (var assignment in new[] { leased, submitted, skipped })
        {
            foreach (var now in new[] { Now, Expiry, Expiry.AddTicks(1), Now.AddDays(1) })
                Assignment.LeaseLapsedAt(now).Compile()(assignment).ShouldBe(assignment.IsLeaseLapsedAt(now), $"{assignment.State} at {now:O}");
        }
        leased.IsLeaseLapsedAt(Expiry).ShouldBeFalse();
        leased.IsLeaseLapsedAt(Expiry.AddTicks(1)).ShouldBeTrue();
        submitted.IsLeaseLapsedAt(Now.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_draft_save_keeps_the_draft_and_pushes_the_lease_out()
    {
        var assignment = Leased().Assignment;

        assignment.SaveDraft("""{"labels":["Stage I"]}""", 1, Now.AddMinutes(20)).ShouldBeTrue();

        (assignment.Draft, assignment.DraftRevision, assignment.DraftSavedUtc).ShouldBe(("""{"labels":["Stage I"]}""", 1L, (DateTime?)Now.AddMinutes(20)));
        assignment.LeaseExpiresUtc.ShouldBe(Now.AddMinutes(50));
        assignment.PendingActions.ShouldBe(["Leased"]);
    }

    [Fact]
    public void A_late_save_of_an_older_revision_does_not_overwrite_a_newer_one()
    {
        var assignment = Leased().Assignment;
        assignment.SaveDraft("""{"rationale":"newer"}""", 7, Now.AddMinutes(2));

        assignment.SaveDraft("""{"rationale":"older"}""", 6, Now.AddMinutes(3)).ShouldBeFalse();
        assignment.SaveDraft("""{"rationale":"same"}""", 7, Now.AddMinutes(3)).ShouldBeFalse();

        (assignment.Draft, assignment.DraftRevision, assignment.DraftSavedUtc).ShouldBe(("""{"rationale":"newer"}""", 7L, (DateTime?)Now.AddMinutes(2)));
        assignment.SaveDraft("""{"rationale":"newest"}""", 8, Now.AddMinutes(4)).ShouldBeTrue();
        assignment.Draft.ShouldBe("""{"rationale":"newest"}""");
    }

    [Fact]
    public void A_draft_is_a_json_object_of_limited_size()
    {
        var assignment = Leased().Assignment;

        Should.Throw<Refusal>(() => assignment.SaveDraft("{\"a\":", 1, Now)).Message.ShouldBe("The draft is not valid JSON.");
        Should.Throw<Refusal>(() => assignment.SaveDraft(null!, 1, Now)).Message.ShouldBe("The draft is not valid JSON.");
        Should.Throw<Refusal>(() => assignment.SaveDraft("[1]", 1, Now)).Message.ShouldBe("The draft must be a JSON object.");
        var refusal = Should.Throw<Refusal>(() => assignment.SaveDraft($$"""{"text":"{{new string('x', Assignment.MaxDraftLength)}}"}""", 1, Now));
        (refusal.Message, refusal.Field).ShouldBe(("The draft is larger than 64 KB.", "Draft"));
        assignment.DraftRevision.ShouldBe(0);
    }

    [Fact]
    public void After_the_lease_lapses_no_draft_or_answer_is_taken_until_it_is_renewed()
    {
        var (set, item, assignment) = Leased();
        var late = Expiry.AddMinutes(1);

        var refusal = Should.Throw<Refusal>(() => assignment.SaveDraft("{}", 1, late));
        refusal.Kind.ShouldBe(RefusalKind.Conflict);
        refusal.Message.ShouldBe(
            "Your time on this item ran out at 09:30 UTC and it went back to the pool for other experts, so it cannot be saved. Open the next item to carry on.");
        Should.Throw<Refusal>(() => assignment.Submit(set, item, Expert, ValidAnswer(set.Type), late))
            .Message.ShouldBe("Your time on this item ran out at 09:30 UTC and it went back to the pool for other experts, so it cannot be submitted. Open the next item to carry on.");

        assignment.Renew(late);

        assignment.LeaseExpiresUtc.ShouldBe(late.AddMinutes(30));
        assignment.SaveDraft("{}", 1, late).ShouldBeTrue();
        assignment.Submit(set, item, Expert, ValidAnswer(set.Type), late).Revision.ShouldBe(1);
    }

    [Fact]
    public void An_expired_assignment_is_renewed_and_a_finished_one_is_not()
    {
        var expired = Leased().Assignment;
        expired.ExpireIfDue(Expiry.AddMinutes(1)).ShouldBeTrue();
        expired.ExpireIfDue(Expiry.AddMinutes(2)).ShouldBeFalse();
        expired.State.ShouldBe(AssignmentState.Expired);
        var skipped = Leased().Assignment;
        skipped.Skip("Outside my specialty", Now);

        expired.Renew(Now.AddHours(2));

        expired.State.ShouldBe(AssignmentState.Leased);
        Should.Throw<Refusal>(() => skipped.Renew(Now)).Message.ShouldBe("This item was skipped, so it cannot be taken up again.");
    }

    [Fact]
    public void An_unexpired_lease_is_not_expired()
    {
        var assignment = Leased().Assignment;

        assignment.ExpireIfDue(Expiry).ShouldBeFalse();
        assignment.State.ShouldBe(AssignmentState.Leased);
    }

    [Fact]
    public void Skipping_needs_a_reason_and_may_follow_a_lapse()
    {
        var assignment = Leased().Assignment;

        var refusal = Should.Throw<Refusal>(() => assignment.Skip("  ", Now));
        (refusal.Message, refusal.Field).ShouldBe(("A reason for skipping is required.", "Reason"));
        assignment.Skip("The note is in German", Expiry.AddHours(1));

        (assignment.State, assignment.SkipReason, assignment.SkippedUtc).ShouldBe((AssignmentState.Skipped, "The note is in German", (DateTime?)Expiry.AddHours(1)));
        Should.Throw<Refusal>(() => assignment.Skip("again", Now)).Message.ShouldBe("This item was already skipped, so it cannot be skipped.");
        Should.Throw<Refusal>(() => assignment.SaveDraft("{}", 1, Now)).Message.ShouldBe("You skipped this item, so it cannot be saved.");
    }

    [Fact]
    public void Submitting_makes_the_first_revision_under_the_current_guidelines()
    {
        var (set, item, assignment) = Leased(TaskType.Pairwise, swap: true);
        set.ReviseGuidelines("Second version", "pm", Now);
        assignment.SaveDraft("""{"choice":"A"}""", 3, Now.AddMinutes(1));

        var judgment = assignment.Submit(set, item, Expert, ValidAnswer(set.Type), Now.AddMinutes(5));

        (assignment.State, assignment.SubmittedUtc, assignment.Draft).ShouldBe((AssignmentState.Submitted, (DateTime?)Now.AddMinutes(5), (string?)null));
        (judgment.AssignmentId, judgment.ItemId, judgment.TaskSetId, judgment.ExpertId).ShouldBe((assignment.Id, item.Id, set.Id, Expert));
        (judgment.GuidelineVersion, judgment.Revision, judgment.SubmittedUtc, judgment.IsCurrent).ShouldBe((2, 1, Now.AddMinutes(5), true));
        judgment.SwapResponses.ShouldBeTrue();
        judgment.Answer.ShouldContain("\"choice\":\"A\",\"swapped\":true,\"preferred\":\"B\"");
        judgment.PendingActions.ShouldBe(["Submitted"]);
    }

    [Fact]
    public void Another_expert_cannot_submit_an_item_they_were_not_served()
    {
        var (set, item, assignment) = Leased();

        var refusal = Should.Throw<Refusal>(() => assignment.Submit(set, item, OtherExpert, ValidAnswer(set.Type), Now));

        refusal.Message.ShouldBe("This item was not given to you, so you cannot answer it. Open the next item from your workspace.");
        assignment.State.ShouldBe(AssignmentState.Leased);
    }

    [Fact]
    public void A_second_submit_is_refused_and_makes_no_second_judgment()
    {
        var (set, item, assignment) = Leased();
        assignment.Submit(set, item, Expert, ValidAnswer(set.Type), Now);

        Should.Throw<Refusal>(() => assignment.Submit(set, item, Expert, ValidAnswer(set.Type), Now))
            .Message.ShouldBe("You have already submitted this item. To change your answer, correct it from your done items.");
    }

    [Fact]
    public void A_closed_set_takes_no_answers()
    {
        var (set, item, assignment) = Leased();
        set.Close(Now);

        Should.Throw<Refusal>(() => assignment.Submit(set, item, Expert, ValidAnswer(set.Type), Now))
            .Message.ShouldBe("This task set is closed, so answers can no longer be submitted.");
    }

    [Fact]
    public void A_refused_answer_leaves_the_item_leased_with_its_draft()
    {
        var (set, item, assignment) = Leased(TaskType.Pairwise);
        assignment.SaveDraft("""{"choice":"B"}""", 1, Now);

        Should.Throw<Refusal>(() => assignment.Submit(set, item, Expert, """{"choice":"B","strength":"clear","rationale":"short"}""", Now))
            .Field.ShouldBe("rationale");

        (assignment.State, assignment.Draft).ShouldBe((AssignmentState.Leased, """{"choice":"B"}"""));
    }

    [Fact]
    public void Active_time_adds_up_in_bounded_reports()
    {
        var assignment = Leased().Assignment;

        assignment.RecordActiveTime(30);
        assignment.RecordActiveTime(Assignment.MaxActiveSecondsPerCall);

        assignment.ActiveSeconds.ShouldBe(150);
        foreach (var seconds in new[] { 0, -5, Assignment.MaxActiveSecondsPerCall + 1 })
            Should.Throw<Refusal>(() => assignment.RecordActiveTime(seconds)).Message.ShouldBe("Active time is reported in steps of 1 to 120 seconds.");
        assignment.ActiveSeconds.ShouldBe(150);
    }
}
