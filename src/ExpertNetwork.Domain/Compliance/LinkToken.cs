using System.Security.Cryptography;
using System.Text;

namespace ExpertNetwork.Domain.Compliance;

/// <summary>
/// The secret in a link sent to an expert: 256 random bits, URL-safe. Only its SHA-256 is stored, so a copy of the
/// database cannot be turned into working links; the value itself exists only in the email.
/// </summary>
public sealed record LinkToken(string Value, string Sha256)
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

    public override string ToString() => "LinkToken(****)";
}
