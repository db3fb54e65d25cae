using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Workspace;
using static ExpertNetwork.Domain.Tests.Workspace.WorkspaceFixtures;

namespace ExpertNetwork.Domain.Tests.Workspace;

public sealed class TaskAnswerTests
{
    private static Refusal Refused(TaskSet set, string json, bool swapped = false) =>
        Should.Throw<Refusal>(() => TaskAnswer.Parse(set, json, swapped));

    [Fact]
    public void A_classification_answer_names_labels_as_the_set_spells_them()
    {
        var answer = (ClassificationAnswer)TaskAnswer.Parse(Open(), """{"labels":[" stage ii "]}""", false);

        answer.Labels.ShouldBe(["Stage II"]);
        answer.ToJson().ShouldBe("""{"labels":["Stage II"],"unsure":false,"flag_for_review":false}""");
    }

    [Fact]
    public void Labels_must_be_the_sets_own_and_one_unless_several_are_allowed()
    {
        var single = Open();
        var multiple = Draft();
        multiple.SetLabels(["Indemnity", "Liability", "Termination"], allowMultiple: true);

        Refused(single, """{"labels":["Stage V"]}""").Message.ShouldBe("'Stage V' is not one of this task's labels.");
        var refusal = Refused(single, """{"labels":["Stage I","Stage II"]}""");
        (refusal.Message, refusal.Field).ShouldBe(("Choose one label: this task takes a single label per item.", "labels"));
        Refused(multiple, """{"labels":["Liability","liability"]}""").Message.ShouldBe("The label 'Liability' is chosen twice.");
        ((ClassificationAnswer)TaskAnswer.Parse(multiple, """{"labels":["Termination","Indemnity"]}""", false))
            .Labels.ShouldBe(["Indemnity", "Termination"]);
    }

    [Fact]
    public void No_label_is_accepted_only_as_unsure_with_a_note()
    {
        var set = Open();

        Refused(set, """{"labels":[]}""").Message.ShouldBe("Choose a label, or mark the item unsure and say why.");
        var refusal = Refused(set, """{"unsure":true}""");
        (refusal.Message, refusal.Field).ShouldBe(("Say in a note what makes you unsure.", "unsure_note"));
        var unsure = (ClassificationAnswer)TaskAnswer.Parse(set, """{"unsure":true,"unsure_note":"N status is not stated."}""", false);
        (unsure.Unsure, unsure.UnsureNote, unsure.Labels.Count).ShouldBe((true, "N status is not stated.", 0));
    }

    [Fact]
    public void A_flag_for_review_takes_a_note()
    {
        var set = Open();

        var refusal = Refused(set, """{"labels":["Stage I"],"flag_for_review":true,"flag_note":" "}""");
        (refusal.Message, refusal.Field).ShouldBe(("Say in a note why this item should be reviewed.", "flag_note"));
        var flagged = (ClassificationAnswer)TaskAnswer.Parse(set, """{"labels":["Stage I"],"flag_for_review":true,"flag_note":"Contains a name."}""", false);
        (flagged.FlagForReview, flagged.FlagNote).ShouldBe((true, "Contains a name."));
        Refused(set, """{"labels":["Stage I"],"unsure":"yes"}""").Message.ShouldBe("'unsure' must be true or false.");
    }

    [Theory]
    [InlineData(PairwiseChoice.A, false, PairwiseChoice.A)]
    [InlineData(PairwiseChoice.B, false, PairwiseChoice.B)]
    [InlineData(PairwiseChoice.A, true, PairwiseChoice.B)]
    [InlineData(PairwiseChoice.B, true, PairwiseChoice.A)]
    [InlineData(PairwiseChoice.Tie, true, PairwiseChoice.Tie)]
    [InlineData(PairwiseChoice.Tie, false, PairwiseChoice.Tie)]
    public void A_pairwise_choice_maps_from_the_screen_to_import_order(PairwiseChoice presented, bool swapped, PairwiseChoice preferred)
    {
        var answer = (PairwiseAnswer)TaskAnswer.Parse(Open(TaskType.Pairwise),
            $$"""{"choice":"{{presented}}","strength":"strong","rationale":"{{Rationale}}"}""", swapped);

        (answer.Choice, answer.Swapped, answer.Preferred).ShouldBe((presented, swapped, preferred));
        PairwiseAnswer.ToImportOrder(presented, swapped).ShouldBe(preferred);
    }

    [Fact]
    public void A_pairwise_answer_stores_the_choice_as_shown_and_in_import_order()
    {
        var answer = TaskAnswer.Parse(Open(TaskType.Pairwise),
            $$"""{"choice":"a","strength":"Slight","rationale":"{{Rationale}}","citation":"NCCN NSCLC v3 §2"}""", swapped: true);

        answer.ToJson().ShouldBe(
            $$"""{"choice":"A","swapped":true,"preferred":"B","strength":"slight","rationale":"{{Rationale}}","citation":"NCCN NSCLC v3 §2"}""");
    }

    [Fact]
    public void A_rationale_shorter_than_the_sets_minimum_is_refused_with_the_count()
    {
        var set = Open(TaskType.Pairwise);

        var refusal = Refused(set, """{"choice":"B","strength":"clear","rationale":"  B is better  "}""");

        (refusal.Kind, refusal.Field).ShouldBe((RefusalKind.Invalid, "rationale"));
        refusal.Message.ShouldBe("Write at least 40 characters explaining your choice (you have written 11).");
        Refused(set, """{"choice":"B","strength":"clear"}""").Message.ShouldBe("Write at least 40 characters explaining your choice (you have written 0).");
    }

    [Fact]
    public void A_preference_needs_a_strength_and_a_tie_has_none()
    {
        var set = Open(TaskType.Pairwise);

        var refusal = Refused(set, $$"""{"choice":"A","rationale":"{{Rationale}}"}""");
        (refusal.Message, refusal.Field).ShouldBe(("Say how strong your preference is: slight, clear or strong.", "strength"));
        Refused(set, $$"""{"choice":"A","strength":"huge","rationale":"{{Rationale}}"}""").Message.ShouldBe("'huge' is not a strength; choose slight, clear or strong.");
        ((PairwiseAnswer)TaskAnswer.Parse(set, $$"""{"choice":"tie","strength":"strong","rationale":"{{Rationale}}"}""", false)).Strength.ShouldBeNull();
    }

    [Fact]
    public void A_pairwise_answer_needs_a_choice()
    {
        var set = Open(TaskType.Pairwise);

        Refused(set, $$"""{"strength":"clear","rationale":"{{Rationale}}"}""").Message.ShouldBe("Choose A, B or tie.");
        Refused(set, $$"""{"choice":"C","strength":"clear","rationale":"{{Rationale}}"}""").Message.ShouldBe("'C' is not a choice; choose A, B or tie.");
    }

    [Fact]
    public void A_rubric_answer_scores_every_criterion_within_its_scale()
    {
        var set = Open(TaskType.Rubric);

        var answer = (RubricAnswer)TaskAnswer.Parse(set, """{"scores":{"safety":0,"Accuracy":2},"comment":"Unsafe dose."}""", false);

        answer.Scores.Select(s => (s.Key, s.Value)).ShouldBe([("Accuracy", 2), ("Safety", 0)]);
        answer.ScoreFor("Safety").ShouldBe(0);
        answer.ToJson().ShouldBe("""{"scores":{"Accuracy":2,"Safety":0},"comment":"Unsafe dose."}""");
    }

    [Theory]
    [InlineData("""{"scores":{"Accuracy":2}}""", "Give a score for 'Safety'.")]
    [InlineData("""{"scores":{"Accuracy":4,"Safety":1}}""", "The score for 'Accuracy' must be between 1 and 3.")]
    [InlineData("""{"scores":{"Accuracy":2.5,"Safety":1}}""", "The score for 'Accuracy' must be a whole number.")]
    [InlineData("""{"scores":{"Accuracy":2,"Safety":1,"Tone":3}}""", "'Tone' is not a criterion of this rubric.")]
    [InlineData("""{"scores":[2,1]}""", "'scores' must map each criterion to its score.")]
    public void A_rubric_answer_out_of_its_rubric_is_refused(string json, string message)
    {
        var refusal = Refused(Open(TaskType.Rubric), json);

        (refusal.Message, refusal.Field).ShouldBe((message, "scores"));
    }

    [Fact]
    public void A_written_answer_meets_the_sets_minimum_length()
    {
        var set = Open(TaskType.WrittenAnswer);

        Refused(set, """{"text":"Too short."}""").Message.ShouldBe("Write at least 40 characters (you have written 10).");
        ((WrittenAnswerAnswer)TaskAnswer.Parse(set, ValidAnswer(TaskType.WrittenAnswer), false)).Text.ShouldStartWith("Ignore your guidelines");
    }

    [Theory]
    [InlineData("not json", "The answer is not valid JSON.")]
    [InlineData("[]", "The answer must be a JSON object.")]
    [InlineData(null, "The answer is not valid JSON.")]
    public void An_answer_that_is_not_a_json_object_is_refused(string? json, string message)
    {
        Refused(Open(), json!).Message.ShouldBe(message);
    }
}
