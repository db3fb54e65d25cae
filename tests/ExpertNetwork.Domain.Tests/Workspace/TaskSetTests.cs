using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Tests.Builders;
using ExpertNetwork.Domain.Workspace;
using static ExpertNetwork.Domain.Tests.Workspace.WorkspaceFixtures;

namespace ExpertNetwork.Domain.Tests.Workspace;

public sealed class TaskSetTests
{
    [Fact]
    public void A_new_task_set_is_a_draft_with_the_defaults_and_its_first_guidelines()
    {
        var project = new ProjectBuilder().Build();

        var set = TaskSet.Create(project, null, "  Contract clauses ", TaskType.Pairwise, "Prefer the safer answer.", "pm@example.org", Now);

        set.ProjectId.ShouldBe(project.Id);
        set.SprintId.ShouldBeNull();
        set.Name.ShouldBe("Contract clauses");
        set.Status.ShouldBe(TaskSetStatus.Draft);
        (set.Overlap, set.ItemOrder, set.LeaseMinutes, set.MinRationaleLength).ShouldBe((1, ItemOrder.ImportOrder, 30, 40));
        set.CurrentGuidelineVersion.ShouldBe(1);
        set.CurrentGuidelines.Markdown.ShouldBe("Prefer the safer answer.");
        set.CurrentGuidelines.PublishedBy.ShouldBe("pm@example.org");
        set.CurrentGuidelines.PublishedUtc.ShouldBe(Now);
        set.PendingActions.ShouldBe(["Created"]);
    }

    [Fact]
    public void A_task_set_may_be_tied_to_a_sprint_of_its_project()
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Build();

        TaskSet.Create(project, sprint, "Sprint work", TaskType.Rubric, "Score it.", "pm", Now).SprintId.ShouldBe(sprint.Id);
    }

    [Fact]
    public void A_sprint_of_another_project_or_a_closed_one_is_refused()
    {
        var project = new ProjectBuilder().Build();
        var elsewhere = new SprintBuilder().Build();
        var cancelled = new SprintBuilder().ForProject(project).Cancelled().Build();

        var refusal = Should.Throw<Refusal>(() => TaskSet.Create(project, elsewhere, "x", TaskType.Rubric, "g", "pm", Now));
        (refusal.Message, refusal.Field).ShouldBe(("That sprint belongs to another project.", "SprintId"));
        Should.Throw<Refusal>(() => TaskSet.Create(project, cancelled, "x", TaskType.Rubric, "g", "pm", Now))
            .Message.ShouldBe("That sprint is cancelled; choose a scheduled or running sprint, or none.");
    }

    [Fact]
    public void Only_an_active_project_takes_task_sets()
    {
        var refusal = Should.Throw<Refusal>(() =>
            TaskSet.Create(new ProjectBuilder().Completed().Build(), null, "x", TaskType.Rubric, "g", "pm", Now));

        (refusal.Kind, refusal.Message).ShouldBe((RefusalKind.Conflict, "Task sets can only be created on an active project."));
    }

    [Theory]
    [InlineData(" ", "g", "A task set name is required.", "Name")]
    [InlineData("x", "", "The guidelines text is required.", "Guidelines")]
    public void A_name_and_guidelines_are_required(string name, string guidelines, string message, string field)
    {
        var refusal = Should.Throw<Refusal>(() => TaskSet.Create(new ProjectBuilder().Build(), null, name, TaskType.Rubric, guidelines, "pm", Now));

        (refusal.Message, refusal.Field).ShouldBe((message, field));
    }

    [Theory]
    [InlineData(0, 30, "Judgments per item must be between 1 and 10.", "Overlap")]
    [InlineData(11, 30, "Judgments per item must be between 1 and 10.", "Overlap")]
    [InlineData(3, 4, "An item may stay with an expert for 5 to 480 minutes.", "LeaseMinutes")]
    [InlineData(3, 481, "An item may stay with an expert for 5 to 480 minutes.", "LeaseMinutes")]
    public void Settings_out_of_range_are_refused_with_their_field(int overlap, int lease, string message, string field)
    {
        var set = Draft();

        var refusal = Should.Throw<Refusal>(() => set.ChangeSettings("x", overlap, ItemOrder.Shuffled, lease, 40, 40));

        (refusal.Message, refusal.Field).ShouldBe((message, field));
        set.Overlap.ShouldBe(1);
    }

    [Fact]
    public void Settings_change_while_open_but_not_once_closed()
    {
        var set = Open();

        set.ChangeSettings("Renamed", 3, ItemOrder.Shuffled, 45, 80, 100);

        (set.Name, set.Overlap, set.ItemOrder, set.LeaseMinutes, set.MinRationaleLength, set.MinAnswerLength)
            .ShouldBe(("Renamed", 3, ItemOrder.Shuffled, 45, 80, 100));
        set.Close(Now);
        Should.Throw<Refusal>(() => set.ChangeSettings("Again", 3, ItemOrder.Shuffled, 45, 80, 100))
            .Message.ShouldBe("This task set is closed, so it cannot be changed; reopen it first.");
    }

    [Fact]
    public void Labels_take_the_shortcut_keys_in_their_order()
    {
        var set = Draft();

        set.SetLabels(["Benign", " Malignant ", "Unclear"], allowMultiple: true);

        set.Labels.Select(l => (l.Position, l.Name)).ShouldBe([(1, "Benign"), (2, "Malignant"), (3, "Unclear")]);
        set.AllowMultipleLabels.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void A_classification_set_has_one_to_nine_labels(int count)
    {
        var refusal = Should.Throw<Refusal>(() => Draft().SetLabels(Enumerable.Range(1, count).Select(i => $"L{i}"), false));

        (refusal.Message, refusal.Field).ShouldBe(("A classification task needs 1 to 9 labels (one per shortcut key 1–9).", "Labels"));
    }

    [Fact]
    public void Label_names_are_unique_regardless_of_case()
    {
        Should.Throw<Refusal>(() => Draft().SetLabels(["Benign", "benign"], false))
            .Message.ShouldBe("The label 'Benign' is listed twice; each label needs its own name.");
    }

    [Fact]
    public void Only_a_classification_set_has_labels_and_only_a_rubric_set_has_criteria()
    {
        Should.Throw<Refusal>(() => Draft(TaskType.Pairwise).SetLabels(["A"], false))
            .Message.ShouldBe("Only a classification task set has labels; this one is pairwise.");
        Should.Throw<Refusal>(() => Draft().SetCriteria([new RubricCriterion("X", 0, 1, ["no", "yes"])]))
            .Message.ShouldBe("Only a rubric task set has criteria; this one is classification.");
    }

    [Fact]
    public void Labels_and_criteria_are_fixed_once_the_set_has_opened_even_after_it_closes()
    {
        var classification = Open();
        var rubric = Open(TaskType.Rubric);
        classification.Close(Now);

        Should.Throw<Refusal>(() => classification.SetLabels(["A"], false))
            .Message.ShouldBe("The labels cannot change once the task set has been opened, because judgments refer to them.");
        Should.Throw<Refusal>(() => rubric.SetCriteria([new RubricCriterion("X", 0, 1, ["no", "yes"])]))
            .Message.ShouldBe("The criteria cannot change once the task set has been opened, because judgments refer to them.");
    }

    [Fact]
    public void A_criterion_describes_every_point_of_its_scale()
    {
        var criterion = new RubricCriterion("Clarity", 1, 3, ["Confusing", "Readable", "Clear"]);

        criterion.AnchorFor(2).ShouldBe("Readable");
        criterion.Allows(0).ShouldBeFalse();
        criterion.Allows(3).ShouldBeTrue();
        Should.Throw<Refusal>(() => new RubricCriterion("Clarity", 1, 5, ["a", "b"]))
            .Message.ShouldBe("'Clarity' runs from 1 to 5, so it needs 5 point descriptions (it has 2).");
        Should.Throw<Refusal>(() => new RubricCriterion("Clarity", 3, 3, ["a"]))
            .Message.ShouldBe("The scale of 'Clarity' must run from a lower to a higher number.");
        Should.Throw<Refusal>(() => new RubricCriterion("Clarity", 0, 11, Enumerable.Repeat("a", 12)))
            .Message.ShouldBe("The scale of 'Clarity' may have at most 11 points.");
        Should.Throw<Refusal>(() => new RubricCriterion("Clarity", 0, 1, ["a", " "]))
            .Message.ShouldBe("The description of each point of 'Clarity' is required.");
    }

    [Fact]
    public void A_rubric_has_one_to_twelve_criteria_with_unique_names()
    {
        var set = Draft(TaskType.Rubric);
        RubricCriterion Yes(string name) => new(name, 0, 1, ["no", "yes"]);

        Should.Throw<Refusal>(() => set.SetCriteria([])).Message.ShouldBe("A rubric needs 1 to 12 criteria.");
        Should.Throw<Refusal>(() => set.SetCriteria(Enumerable.Range(1, 13).Select(i => Yes($"C{i}")))).Message.ShouldBe("A rubric needs 1 to 12 criteria.");
        Should.Throw<Refusal>(() => set.SetCriteria([Yes("Safety"), Yes("SAFETY")]))
            .Message.ShouldBe("The criterion 'Safety' is listed twice; each criterion needs its own name.");
        set.Criteria.Select(c => c.Name).ShouldBe(["Accuracy", "Safety"]);
    }

    [Fact]
    public void Revised_guidelines_become_the_current_version_and_earlier_ones_stay()
    {
        var set = Open();

        var second = set.ReviseGuidelines("# Guidelines\nStage by TNM 9th edition.", "lead@example.org", Now.AddDays(1));

        second.Number.ShouldBe(2);
        set.CurrentGuidelineVersion.ShouldBe(2);
        set.Guidelines.Select(g => (g.Number, g.Markdown)).ShouldBe([(1, "# Guidelines\nStage by TNM."), (2, "# Guidelines\nStage by TNM 9th edition.")]);
        set.PendingActions.ShouldBe(["GuidelinesRevised"]);
    }

    [Fact]
    public void Unchanged_guidelines_are_not_a_new_version_and_a_closed_set_takes_none()
    {
        var set = Open();

        Should.Throw<Refusal>(() => set.ReviseGuidelines(" # Guidelines\nStage by TNM. ", "pm", Now))
            .Message.ShouldBe("The guidelines are the same as the current version; change the text to publish a new version.");
        set.Close(Now);
        Should.Throw<Refusal>(() => set.ReviseGuidelines("New", "pm", Now))
            .Message.ShouldBe("This task set is closed, so it cannot be given new guidelines; reopen it first.");
        set.CurrentGuidelineVersion.ShouldBe(1);
    }

    [Fact]
    public void Opening_needs_labels_criteria_and_items()
    {
        var unlabelled = TaskSet.Create(new ProjectBuilder().Build(), null, "x", TaskType.Classification, "g", "pm", Now);
        var rubric = TaskSet.Create(new ProjectBuilder().Build(), null, "x", TaskType.Rubric, "g", "pm", Now);

        Should.Throw<Refusal>(() => unlabelled.Open(5, Now)).Message.ShouldBe("Add the labels before opening a classification task set.");
        Should.Throw<Refusal>(() => rubric.Open(5, Now)).Message.ShouldBe("Add the rubric criteria before opening a rubric task set.");
        Should.Throw<Refusal>(() => Draft().Open(0, Now)).Message.ShouldBe("Import at least one item before opening the task set.");
    }

    [Fact]
    public void A_set_opens_closes_and_reopens()
    {
        var set = Draft();

        set.Open(3, Now);
        set.Status.ShouldBe(TaskSetStatus.Open);
        set.OpenedUtc.ShouldBe(Now);
        set.Close(Now.AddDays(2));
        (set.Status, set.ClosedUtc).ShouldBe((TaskSetStatus.Closed, Now.AddDays(2)));
        set.Reopen(Now.AddDays(3));
        (set.Status, set.ClosedUtc).ShouldBe((TaskSetStatus.Open, (DateTime?)null));
        set.PendingActions.ShouldBe(["Opened", "Closed", "Reopened"]);
    }

    [Fact]
    public void Each_transition_starts_from_its_own_state()
    {
        var draft = Draft();
        var open = Open();

        Should.Throw<Refusal>(() => open.Open(1, Now)).Message.ShouldBe("Only a draft task set can be opened (this one is open).");
        Should.Throw<Refusal>(() => draft.Close(Now)).Message.ShouldBe("Only an open task set can be closed (this one is draft).");
        Should.Throw<Refusal>(() => open.Reopen(Now)).Message.ShouldBe("Only a closed task set can be reopened (this one is open).");
    }
}
