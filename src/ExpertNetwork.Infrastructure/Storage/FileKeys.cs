using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ExpertNetwork.Infrastructure.Storage;

/// <summary>
/// The shape of a file key, shared by every store: <c>&lt;area&gt;/&lt;yyyy-MM&gt;/&lt;32 hex digits&gt;.bin</c>. Keys written
/// by the file-system store are valid in the database store unchanged, so moving files between them keeps every key
/// the database holds.
/// </summary>
public static partial class FileKeys
{
    public static string New(string area, DateTime nowUtc)
    {
        if (area is null || !AreaPattern().IsMatch(area))
            throw new ArgumentException($"'{area}' is not a valid storage area (lower-case letters, digits and dashes).", nameof(area));
        return $"{area}/{nowUtc:yyyy-MM}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.bin";
    }

    public static bool IsValid(string? key) => key is not null && KeyPattern().IsMatch(key);

    /// <summary>Throws unless the key is one a store issues, so a key from the database can never point anywhere else.</summary>
    public static string Checked(string key) =>
        IsValid(key) ? key : throw new ArgumentException("The file key is not one this store issues.", nameof(key));

    public static string AreaOf(string key) => Checked(key)[..key.IndexOf('/', StringComparison.Ordinal)];

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex AreaPattern();

    [GeneratedRegex("^[a-z0-9-]{1,40}/[0-9]{4}-[0-9]{2}/[0-9a-f]{32}\\.bin$")]
    private static partial Regex KeyPattern();
}
