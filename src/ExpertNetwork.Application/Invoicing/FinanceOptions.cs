namespace ExpertNetwork.Application.Invoicing;

/// <summary>The <c>Finance</c> configuration section: who finance is, and what invoices say about the company issuing them.</summary>
public sealed class FinanceOptions
{
    public const string Section = "Finance";

    /// <summary>Where finance is told that drafts are ready and that a project is running through its budget.</summary>
    public string ContactEmail { get; set; } = "finance@expertnetwork.local";

    public const int DefaultBudgetWatchMinutes = 15;

    /// <summary>How often the budget-watch job looks for projects passing 80% or 100% of their budget (approvals also check at once).</summary>
    public int BudgetWatchMinutes { get; set; } = DefaultBudgetWatchMinutes;

    /// <summary>Checks the values and explains the first bad one; null when all are usable.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(ContactEmail) || !System.Net.Mail.MailAddress.TryCreate(ContactEmail, out _))
            return $"Finance:ContactEmail '{ContactEmail}' is not an email address.";
        if (BudgetWatchMinutes is < 1 or > 1440)
            return $"Finance:BudgetWatchMinutes must be a whole number of minutes from 1 to 1440 (it is {BudgetWatchMinutes}).";
        return null;
    }
}
