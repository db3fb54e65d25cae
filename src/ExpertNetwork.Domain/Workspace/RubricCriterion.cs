using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Workspace;

/// <summary>
/// One criterion of a rubric: a whole-number scale from <see cref="ScaleMin"/> to <see cref="ScaleMax"/> with an
/// anchor description for every point, so two experts giving a 3 mean the same thing.
/// </summary>
public sealed class RubricCriterion
{
    public const int MaxPoints = 11;

    private readonly List<string> _anchors = [];

    private RubricCriterion() { Name = string.Empty; }

    public RubricCriterion(string name, int scaleMin, int scaleMax, IEnumerable<string> anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        Name = WorkspaceText.Required(name, "A criterion name", TextLimits.Short, "Criteria");
        if (scaleMax <= scaleMin)
            throw Refusal.Invalid($"The scale of '{Name}' must run from a lower to a higher number.", "Criteria");
        if (scaleMax - scaleMin + 1 > MaxPoints)
            throw Refusal.Invalid($"The scale of '{Name}' may have at most {MaxPoints} points.", "Criteria");
        var list = anchors.Select(a => WorkspaceText.Required(a, $"The description of each point of '{Name}'", TextLimits.Reason, "Criteria")).ToList();
        if (list.Count != scaleMax - scaleMin + 1)
            throw Refusal.Invalid(
                $"'{Name}' runs from {scaleMin} to {scaleMax}, so it needs {scaleMax - scaleMin + 1} point descriptions (it has {list.Count}).", "Criteria");
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        _anchors = list;
    }

    /// <summary>Order on the screen, from 1; set when the criteria are given to the task set.</summary>
    public int Position { get; private set; }

    public string Name { get; private set; }
    public int ScaleMin { get; private set; }
    public int ScaleMax { get; private set; }

    /// <summary>The description of each point, from <see cref="ScaleMin"/> up.</summary>
    public IReadOnlyList<string> Anchors => _anchors;

    public string AnchorFor(int score) => _anchors[score - ScaleMin];

    internal RubricCriterion At(int position)
    {
        Position = position;
        return this;
    }

    public bool Allows(int score) => score >= ScaleMin && score <= ScaleMax;
}
