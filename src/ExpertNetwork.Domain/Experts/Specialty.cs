using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Experts;

/// <summary>
/// A node of the specialty taxonomy (Medicine &gt; Oncology &gt; Hematologic oncology). The materialised
/// <see cref="Path"/> ("/medicine/oncology/hematologic-oncology/") lets "this specialty or anything below it"
/// be one indexed prefix query.
/// </summary>
public sealed class Specialty : AggregateRoot
{
    public const int MaxDepth = 6;

    private Specialty() { Name = Slug = Path = string.Empty; }

    private Specialty(string name, string slug, Specialty? parent)
    {
        Name = Guard.Required(name, "Specialty name", TextLimits.Short);
        Slug = NormalizeSlug(slug);
        ParentId = parent?.Id;
        Depth = parent is null ? 0 : parent.Depth + 1;
        if (Depth >= MaxDepth)
            throw Refusal.Invalid($"The taxonomy is at most {MaxDepth} levels deep.");
        Path = (parent?.Path ?? "/") + Slug + "/";
        if (Path.Length > TextLimits.Url / 4)
            throw Refusal.Invalid("The specialty path is too long.");
        Record("Created");
    }

    public string Name { get; private set; }
    public string Slug { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Path { get; private set; }
    public int Depth { get; private set; }

    public static Specialty CreateRoot(string name, string slug) => new(name, slug, null);

    public Specialty AddChild(string name, string slug) => new(name, slug, this);

    public bool IsSameOrBelow(Specialty ancestor) => Path.StartsWith(ancestor.Path, StringComparison.Ordinal);

    public void Rename(string name)
    {
        Name = Guard.Required(name, "Specialty name", TextLimits.Short);
        Record("Renamed");
    }

    private static string NormalizeSlug(string slug)
    {
        var value = Guard.Required(slug, "Specialty code", TextLimits.Code).ToLowerInvariant();
        if (!value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            throw Refusal.Invalid("A specialty code may contain only lower-case letters, digits and hyphens.");
        return value;
    }
}
