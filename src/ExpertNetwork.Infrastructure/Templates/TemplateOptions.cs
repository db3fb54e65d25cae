namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>Configuration section <c>Templates</c>.</summary>
public sealed class TemplateOptions
{
    public const string SectionName = "Templates";

    /// <summary>
    /// Folder holding <c>emails/</c> and <c>documents/</c>. Relative paths are resolved against
    /// <see cref="AppContext.BaseDirectory"/>. When empty, the first <c>templates/</c> folder found by walking
    /// up from <see cref="AppContext.BaseDirectory"/> is used.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>
    /// How long a node may keep using what it read about saved template versions before asking the database again.
    /// A save is used at once by the node it was made on and within this many seconds by the others.
    /// </summary>
    public int RefreshSeconds { get; set; } = 5;
}
