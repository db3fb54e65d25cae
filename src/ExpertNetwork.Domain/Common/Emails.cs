using System.Net.Mail;

namespace ExpertNetwork.Domain.Common;

public static class Emails
{
    /// <summary>Validates and normalises an address (trimmed, lower-case) so uniqueness checks are reliable.</summary>
    public static string Normalize(string? email)
    {
        var value = Guard.Required(email, "Email", TextLimits.Email);
        if (!MailAddress.TryCreate(value, out var parsed) || !string.Equals(parsed.Address, value, StringComparison.OrdinalIgnoreCase)
            || !parsed.Host.Contains('.', StringComparison.Ordinal))
            throw Refusal.Invalid($"'{value}' is not a valid email address.");
        return value.ToLowerInvariant();
    }
}
