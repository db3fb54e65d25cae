namespace ExpertNetwork.Domain.Workspace;

/// <summary>One published text of a task set's guidelines. Versions are never edited; every judgment names the one it was made under.</summary>
public sealed class GuidelineVersion
{
    private GuidelineVersion() { Markdown = PublishedBy = string.Empty; }

    internal GuidelineVersion(Guid taskSetId, int number, string markdown, string publishedBy, DateTime publishedUtc)
    {
        TaskSetId = taskSetId;
        Number = number;
        Markdown = markdown;
        PublishedBy = publishedBy;
        PublishedUtc = publishedUtc;
    }

    public Guid TaskSetId { get; private set; }
    public int Number { get; private set; }
    public string Markdown { get; private set; }
    public DateTime PublishedUtc { get; private set; }
    public string PublishedBy { get; private set; }
}
