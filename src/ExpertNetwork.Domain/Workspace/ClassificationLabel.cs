namespace ExpertNetwork.Domain.Workspace;

/// <summary>One label of a classification task set; <see cref="Position"/> (1–9) is also its keyboard shortcut.</summary>
public sealed class ClassificationLabel
{
    private ClassificationLabel() { Name = string.Empty; }

    internal ClassificationLabel(int position, string name)
    {
        Position = position;
        Name = name;
    }

    public int Position { get; private set; }
    public string Name { get; private set; }
}
