namespace ExpertNetwork.Application.Invoicing;

/// <summary>The <c>Finance</c> configuration section: who finance is, and what invoices say about the company issuing them.</summary>
public sealed class FinanceOptions
{
    public const string Section = "Finance";

    /// <summary>Where finance is told that drafts are ready and that a project is running through its budget.</summary>
    public string ContactEmail { get; set; } = "finance@expertnetwork.local";

    /// <summary>Checks the values and explains the first bad one; null when all are usable.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(ContactEmail) || !System.Net.Mail.MailAddress.TryCreate(ContactEmail, out _))
            return $"Finance:ContactEmail '{ContactEmail}' is not an email address.";
        return null;
    }
}
