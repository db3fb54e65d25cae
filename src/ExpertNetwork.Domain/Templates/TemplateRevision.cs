using System.Security.Cryptography;
using System.Text;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Templates;

/// <summary>
/// One saved version of a product template (<c>emails/offer</c>, <c>documents/invoice</c>...). The files shipped in
/// <c>templates/</c> are version 0; an admin's edits are versions 1, 2, 3... of that template and the newest one is
/// in force. Versions never change once saved: going back is a new version with an older text, or a version that
/// restores the shipped default (it has no text of its own).
/// </summary>
public sealed class TemplateRevision : AggregateRoot
{
    public const int KeyMaxLength = 100;
    public const int MaxTextLength = 50_000;

    private TemplateRevision() { TemplateKey = Author = string.Empty; }

    public string TemplateKey { get; private set; }

    /// <summary>1 for the first edit of the template, then one more per saved version.</summary>
    public int Number { get; private set; }

    /// <summary>The whole template (front matter and body); null when this version puts the shipped default back in force.</summary>
    public string? Text { get; private set; }

    /// <summary>SHA-256 of <see cref="Text"/> as UTF-8, so the exact words in force at any time can be proven.</summary>
    public string? TextSha256 { get; private set; }

    public string Author { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The version whose text this one brought back (0: the shipped default), or null for an ordinary edit.</summary>
    public int? RestoredFromNumber { get; private set; }

    public bool IsShippedDefault => Text is null;

    /// <summary>Saves an edited text as the version after <paramref name="currentNumber"/> (0 when the template was never edited).</summary>
    public static TemplateRevision Save(string templateKey, int currentNumber, string text, string? note, string author, DateTime nowUtc, int? restoredFromNumber = null)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw Refusal.Invalid("The template text is empty.", "Text");
        var normalized = Normalize(text);
        if (normalized.Length > MaxTextLength)
            throw Refusal.Invalid($"A template must be at most {MaxTextLength} characters (this one has {normalized.Length}).", "Text");
        if (restoredFromNumber is not null && (restoredFromNumber < 1 || restoredFromNumber > currentNumber))
            throw Refusal.Invalid($"Version {restoredFromNumber} of this template does not exist.");
        var revision = Create(templateKey, currentNumber, note, author, nowUtc);
        revision.Text = normalized;
        revision.TextSha256 = Sha256Of(normalized);
        revision.RestoredFromNumber = restoredFromNumber;
        revision.Record(restoredFromNumber is null ? "Saved" : "Restored");
        return revision;
    }

    /// <summary>A version that puts the shipped file back in force (and later releases' changes to it with it).</summary>
    public static TemplateRevision RestoreShippedDefault(string templateKey, int currentNumber, string? note, string author, DateTime nowUtc)
    {
        if (currentNumber == 0)
            throw Refusal.Conflict("This template was never edited: the shipped default is already in force.");
        var revision = Create(templateKey, currentNumber, note, author, nowUtc);
        revision.RestoredFromNumber = 0;
        revision.Record("DefaultRestored");
        return revision;
    }

    /// <summary>Line breaks as a browser's text area sends them (CRLF) and as files hold them (LF) give the same text and hash.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    public static string Sha256Of(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text))));

    private static TemplateRevision Create(string templateKey, int currentNumber, string? note, string author, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (currentNumber < 0)
            throw new ArgumentOutOfRangeException(nameof(currentNumber), "Version numbers start at 0 (the shipped file).");
        return new TemplateRevision
        {
            TemplateKey = Guard.Required(templateKey, "Template", KeyMaxLength),
            Number = currentNumber + 1,
            Author = Guard.Required(author, "Author", TextLimits.Actor),
            CreatedUtc = nowUtc,
            Note = Guard.Optional(note, "Change note", TextLimits.Reason),
        };
    }
}
