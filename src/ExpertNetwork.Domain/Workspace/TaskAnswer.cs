using System.Text.Json;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Workspace;

/// <summary>
/// An expert's answer to one item, checked against its task set. Answers travel and are stored as JSON with
/// snake_case names; <see cref="Parse"/> is the only way in, so a stored answer always satisfied the set's rules
/// at the time it was made.
/// </summary>
public abstract record TaskAnswer
{
    public abstract string ToJson();

    /// <summary>
    /// Reads and checks an answer. <paramref name="swapped"/> says whether the expert saw a pairwise item's responses
    /// in reverse order (an expected answer in an import file is always in import order, so it passes false).
    /// </summary>
    public static TaskAnswer Parse(TaskSet set, string? json, bool swapped)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var document = ItemContent.ParseObject(json, "The answer");
        var answer = document.RootElement;
        return set.Type switch
        {
            TaskType.Classification => ClassificationAnswer.Read(set, answer),
            TaskType.Pairwise => PairwiseAnswer.Read(set, answer, swapped),
            TaskType.Rubric => RubricAnswer.Read(set, answer),
            TaskType.WrittenAnswer => WrittenAnswerAnswer.Read(set, answer),
            _ => throw new ArgumentOutOfRangeException(nameof(set)),
        };
    }

    private protected static bool Flag(JsonElement answer, string name) =>
        answer.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => throw Refusal.Invalid($"'{name}' must be true or false.", name),
        };

    private protected static string? Note(JsonElement answer, string name, string what, int maxLength = TextLimits.Note) =>
        WorkspaceText.Optional(ItemContent.OptionalText(answer, name), what, maxLength, name);

    private protected static string Long(JsonElement answer, string name, int minLength, string tooShort)
    {
        var text = WorkspaceText.Optional(ItemContent.OptionalText(answer, name), "The text", TaskSet.MaxTextLength, name) ?? string.Empty;
        if (text.Length < minLength)
            throw Refusal.Invalid($"{tooShort} (you have written {text.Length}).", name);
        return text;
    }
}

/// <summary>The labels chosen (names as the set spells them), or "unsure" with a note; either may be flagged for review with a note.</summary>
public sealed record ClassificationAnswer(
    IReadOnlyList<string> Labels, bool Unsure, string? UnsureNote, bool FlagForReview, string? FlagNote) : TaskAnswer
{
    internal static ClassificationAnswer Read(TaskSet set, JsonElement answer)
    {
        var labels = new List<string>();
        if (answer.TryGetProperty("labels", out var value) && value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind != JsonValueKind.Array)
                throw Refusal.Invalid("'labels' must be a list of label names.", "labels");
            foreach (var item in value.EnumerateArray())
            {
                var name = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
                var label = set.Labels.FirstOrDefault(l => string.Equals(l.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
                    ?? throw Refusal.Invalid($"'{name ?? item.GetRawText()}' is not one of this task's labels.", "labels");
                if (labels.Contains(label.Name))
                    throw Refusal.Invalid($"The label '{label.Name}' is chosen twice.", "labels");
                labels.Add(label.Name);
            }
        }
        var unsure = Flag(answer, "unsure");
        var unsureNote = Note(answer, "unsure_note", "The note");
        var flag = Flag(answer, "flag_for_review");
        var flagNote = Note(answer, "flag_note", "The note");
        if (labels.Count == 0 && !unsure)
            throw Refusal.Invalid("Choose a label, or mark the item unsure and say why.", "labels");
        if (labels.Count > 1 && !set.AllowMultipleLabels)
            throw Refusal.Invalid("Choose one label: this task takes a single label per item.", "labels");
        if (unsure && unsureNote is null)
            throw Refusal.Invalid("Say in a note what makes you unsure.", "unsure_note");
        if (flag && flagNote is null)
            throw Refusal.Invalid("Say in a note why this item should be reviewed.", "flag_note");
        return new ClassificationAnswer(
            labels.OrderBy(n => set.Labels.First(l => l.Name == n).Position).ToList(), unsure, unsure ? unsureNote : null, flag, flag ? flagNote : null);
    }

    public override string ToJson() => ItemContent.Write(w =>
    {
        w.WriteStartArray("labels");
        foreach (var label in Labels)
            w.WriteStringValue(label);
        w.WriteEndArray();
        w.WriteBoolean("unsure", Unsure);
        if (UnsureNote is not null)
            w.WriteString("unsure_note", UnsureNote);
        w.WriteBoolean("flag_for_review", FlagForReview);
        if (FlagNote is not null)
            w.WriteString("flag_note", FlagNote);
    });

    public bool Equals(ClassificationAnswer? other) => other is not null && Labels.SequenceEqual(other.Labels) && Unsure == other.Unsure
        && UnsureNote == other.UnsureNote && FlagForReview == other.FlagForReview && FlagNote == other.FlagNote;

    public override int GetHashCode() => HashCode.Combine(Labels.Count, Unsure, UnsureNote, FlagForReview, FlagNote);
}

/// <summary>A or B as they appeared on the expert's screen, or a tie.</summary>
public enum PairwiseChoice
{
    A,
    B,
    Tie,
}

public enum PairwiseStrength
{
    Slight,
    Clear,
    Strong,
}

/// <summary>
/// A pairwise preference. <see cref="Choice"/> is what the expert clicked, as presented; <see cref="Preferred"/> is
/// the same choice in import order (response_a / response_b), which is what exports and agreement use. A tie has no
/// strength: a strength sent with a tie is dropped rather than refused, since the screen may still hold it from an
/// earlier click.
/// </summary>
public sealed record PairwiseAnswer(
    PairwiseChoice Choice, bool Swapped, PairwiseStrength? Strength, string Rationale, string? Citation) : TaskAnswer
{
    public PairwiseChoice Preferred => ToImportOrder(Choice, Swapped);

    /// <summary>Maps a choice as presented to import order: with the responses swapped, the A on screen is response_b.</summary>
    public static PairwiseChoice ToImportOrder(PairwiseChoice presented, bool swapped) => (presented, swapped) switch
    {
        (PairwiseChoice.A, true) => PairwiseChoice.B,
        (PairwiseChoice.B, true) => PairwiseChoice.A,
        _ => presented,
    };

    internal static PairwiseAnswer Read(TaskSet set, JsonElement answer, bool swapped)
    {
        var given = ItemContent.OptionalText(answer, "choice")?.Trim();
        var choice = given?.ToLowerInvariant() switch
        {
            "a" => PairwiseChoice.A,
            "b" => PairwiseChoice.B,
            "tie" => PairwiseChoice.Tie,
            null => throw Refusal.Invalid("Choose A, B or tie.", "choice"),
            _ => throw Refusal.Invalid($"'{given}' is not a choice; choose A, B or tie.", "choice"),
        };
        var stated = ItemContent.OptionalText(answer, "strength")?.Trim();
        PairwiseStrength? strength = stated?.ToLowerInvariant() switch
        {
            "slight" => PairwiseStrength.Slight,
            "clear" => PairwiseStrength.Clear,
            "strong" => PairwiseStrength.Strong,
            null => null,
            _ => throw Refusal.Invalid($"'{stated}' is not a strength; choose slight, clear or strong.", "strength"),
        };
        if (choice == PairwiseChoice.Tie)
            strength = null;
        else if (strength is null)
            throw Refusal.Invalid("Say how strong your preference is: slight, clear or strong.", "strength");
        var rationale = Long(answer, "rationale", set.MinRationaleLength, $"Write at least {set.MinRationaleLength} characters explaining your choice");
        var citation = Note(answer, "citation", "The citation");
        return new PairwiseAnswer(choice, swapped, strength, rationale, citation);
    }

    public override string ToJson() => ItemContent.Write(w =>
    {
        w.WriteString("choice", Choice.ToString());
        w.WriteBoolean("swapped", Swapped);
        w.WriteString("preferred", Preferred.ToString());
        if (Strength is { } strength)
            w.WriteString("strength", strength.ToString().ToLowerInvariant());
        w.WriteString("rationale", Rationale);
        if (Citation is not null)
            w.WriteString("citation", Citation);
    });
}

/// <summary>A score for every criterion of the rubric, within its scale, and an optional overall comment.</summary>
public sealed record RubricAnswer(IReadOnlyList<KeyValuePair<string, int>> Scores, string? Comment) : TaskAnswer
{
    internal static RubricAnswer Read(TaskSet set, JsonElement answer)
    {
        var given = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (answer.TryGetProperty("scores", out var value) && value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind != JsonValueKind.Object)
                throw Refusal.Invalid("'scores' must map each criterion to its score.", "scores");
            foreach (var score in value.EnumerateObject())
            {
                if (!set.Criteria.Any(c => string.Equals(c.Name, score.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
                    throw Refusal.Invalid($"'{score.Name}' is not a criterion of this rubric.", "scores");
                if (score.Value.ValueKind == JsonValueKind.Null)
                    continue;
                if (score.Value.ValueKind != JsonValueKind.Number || !score.Value.TryGetInt32(out var points))
                    throw Refusal.Invalid($"The score for '{score.Name.Trim()}' must be a whole number.", "scores");
                given[score.Name.Trim()] = points;
            }
        }
        var scores = new List<KeyValuePair<string, int>>();
        foreach (var criterion in set.Criteria)
        {
            if (!given.TryGetValue(criterion.Name, out var points))
                throw Refusal.Invalid($"Give a score for '{criterion.Name}'.", "scores");
            if (!criterion.Allows(points))
                throw Refusal.Invalid($"The score for '{criterion.Name}' must be between {criterion.ScaleMin} and {criterion.ScaleMax}.", "scores");
            scores.Add(new(criterion.Name, points));
        }
        return new RubricAnswer(scores, Note(answer, "comment", "The overall comment", TaskSet.MaxTextLength));
    }

    public int ScoreFor(string criterion) => Scores.Single(s => s.Key == criterion).Value;

    public override string ToJson() => ItemContent.Write(w =>
    {
        w.WriteStartObject("scores");
        foreach (var (name, points) in Scores)
            w.WriteNumber(name, points);
        w.WriteEndObject();
        if (Comment is not null)
            w.WriteString("comment", Comment);
    });

    public bool Equals(RubricAnswer? other) => other is not null && Scores.SequenceEqual(other.Scores) && Comment == other.Comment;

    public override int GetHashCode() => HashCode.Combine(Scores.Count, Comment);
}

/// <summary>A reference answer or an adversarial prompt, at least the set's minimum length.</summary>
public sealed record WrittenAnswerAnswer(string Text) : TaskAnswer
{
    internal static WrittenAnswerAnswer Read(TaskSet set, JsonElement answer) =>
        new(Long(answer, "text", set.MinAnswerLength, $"Write at least {set.MinAnswerLength} characters"));

    public override string ToJson() => ItemContent.Write(w => w.WriteString("text", Text));
}
