namespace ExpertNetwork.Application.Staffing;

/// <summary>
/// The <c>Staffing</c> configuration section (and <c>ExpertLinks:BaseUrl</c>): how often offer deadlines are checked,
/// when experts are reminded, who staffing mail is signed by, and the public address links in mail sent by jobs use.
/// </summary>
public sealed class StaffingOptions
{
    public const string Section = "Staffing";

    /// <summary>Minutes between runs of the offer deadline job (expiry and reminders).</summary>
    public int OfferJobIntervalMinutes { get; set; } = 5;

    /// <summary>How long before an offer's deadline the expert is reminded, at most.</summary>
    public int ReminderLeadHours { get; set; } = 24;

    /// <summary>
    /// For short response times: the reminder goes at most this share of the response time before the deadline (0.5 on
    /// a 12-hour offer reminds 6 hours before it ends, not 24 hours before, which would be as it is sent).
    /// </summary>
    public double ReminderLeadFraction { get; set; } = 0.5;

    /// <summary>The name withdrawal, cancellation and reminder mails are signed with.</summary>
    public string SenderName { get; set; } = "The ExpertNetwork staffing team";

    /// <summary>Where experts write with questions about an offer or engagement; shown in those mails.</summary>
    public string ContactEmail { get; set; } = "staffing@expertnetwork.local";

    /// <summary>The app's public address, for links in mail that a background job sends (it has no request to take it from).</summary>
    public Uri LinkBaseUrl { get; set; } = new("http://localhost:5080/");

    /// <summary>When the reminder for an offer sent at <paramref name="offeredUtc"/> with this deadline is due.</summary>
    public DateTime ReminderDueUtc(DateTime offeredUtc, DateTime expiresUtc)
    {
        var byShare = TimeSpan.FromTicks((long)((expiresUtc - offeredUtc).Ticks * ReminderLeadFraction));
        var lead = TimeSpan.FromHours(ReminderLeadHours);
        return expiresUtc - (byShare < lead ? byShare : lead);
    }

    /// <summary>Checks the values and explains the first bad one; null when all are usable.</summary>
    public string? Problem()
    {
        if (OfferJobIntervalMinutes is < 1 or > 1440)
            return $"Staffing:OfferJobIntervalMinutes must be between 1 and 1440 minutes (it is {OfferJobIntervalMinutes}).";
        if (ReminderLeadHours is < 1 or > 720)
            return $"Staffing:ReminderLeadHours must be between 1 and 720 hours (it is {ReminderLeadHours}).";
        if (ReminderLeadFraction is <= 0 or >= 1)
            return $"Staffing:ReminderLeadFraction must be more than 0 and less than 1, such as 0.5 (it is {ReminderLeadFraction}).";
        if (string.IsNullOrWhiteSpace(ContactEmail) || !ContactEmail.Contains('@', StringComparison.Ordinal))
            return $"Staffing:ContactEmail '{ContactEmail}' is not an email address.";
        if (!LinkBaseUrl.IsAbsoluteUri || (LinkBaseUrl.Scheme != Uri.UriSchemeHttps && LinkBaseUrl.Scheme != Uri.UriSchemeHttp))
            return $"ExpertLinks:BaseUrl '{LinkBaseUrl}' must be an absolute http or https address, such as https://experts.example.com/.";
        return null;
    }
}
