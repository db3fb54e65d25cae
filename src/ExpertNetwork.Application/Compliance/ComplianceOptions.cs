namespace ExpertNetwork.Application.Compliance;

/// <summary>The <c>Compliance</c> configuration section: who experts write to, and when they are reminded of expiries.</summary>
public sealed class ComplianceOptions
{
    public const string Section = "Compliance";

    /// <summary>Where experts send renewed documents and questions; shown in reminder mails.</summary>
    public string ContactEmail { get; set; } = "compliance@expertnetwork.local";

    /// <summary>The name reminder mails are signed with.</summary>
    public string SenderName { get; set; } = "The ExpertNetwork compliance team";

    /// <summary>Days before expiry at which an expert is reminded; each threshold is mailed once per item.</summary>
    public IReadOnlyList<int> ReminderDays { get; set; } = [30, 7];

    /// <summary>Checks the values and explains the first bad one; null when all are usable.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(ContactEmail) || !ContactEmail.Contains('@', StringComparison.Ordinal))
            return $"Compliance:ContactEmail '{ContactEmail}' is not an email address.";
        if (ReminderDays.Count == 0)
            return "Compliance:ReminderDays needs at least one threshold, such as 30.";
        if (ReminderDays.Any(d => d is < 1 or > 365))
            return "Compliance:ReminderDays must be whole days between 1 and 365.";
        return null;
    }
}
