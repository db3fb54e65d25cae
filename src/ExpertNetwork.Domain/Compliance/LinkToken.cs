using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ExpertNetwork.Domain.Compliance;

/// <summary>
/// The secret in a link sent to an expert: 256 random bits, URL-safe. Only its SHA-256 is stored, so a copy of the
/// database cannot be turned into working links; the value itself exists only in the email.
/// </summary>
public sealed partial record LinkToken(string Value, string Sha256)
{
    /// <summary>43 characters: 32 bytes in unpadded base64url.</summary>
    public const int Length = 43;

    public static LinkToken Create()
    {
        var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new LinkToken(value, HashOf(value));
    }

    /// <summary>The stored form of a token: lower-case hex SHA-256 of its characters.</summary>
    public static string HashOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(value)));
    }

    /// <summary>True when the text has the shape of a token (length and alphabet); anything else is refused before any lookup.</summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: Length } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>What stands in a stored copy of a link once its token has been removed (<see cref="Redact"/>).</summary>
    public const string RedactedMarker = "link-removed-once-sent";

    /// <summary>
    /// Replaces every token-shaped path segment of the text's links (a slash, then exactly <see cref="Length"/> URL-safe
    /// characters) with <see cref="RedactedMarker"/>, so the text no longer opens any page. The token alphabet is
    /// left alone by URL and HTML encoding, so this finds a link in a plain text, an HTML or a calendar body alike.
    /// Returns the same instance when there is nothing to remove.
    /// </summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenInPath().Replace(text, RedactedMarker);
    }

    public override string ToString() => "LinkToken(****)";

    [GeneratedRegex("(?<=/)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex TokenInPath();
}
