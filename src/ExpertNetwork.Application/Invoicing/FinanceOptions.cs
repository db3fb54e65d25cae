namespace ExpertNetwork.Application.Invoicing;

/// <summary>The <c>Finance</c> configuration section: who finance is, and what invoices say about the company issuing them.</summary>
public sealed class FinanceOptions
{
    public const string Section = "Finance";

    /// <summary>On the 1st of each month at 02:00 UTC (Quartz cron: seconds minutes hours day month weekday).</summary>
    public const string DefaultMonthlyRunCron = "0 0 2 1 * ?";

    private string _timeZoneId = "UTC";
    private TimeZoneInfo? _zone;

    /// <summary>
    /// The company's time zone (IANA id): the day a document is issued on, the year of its number series, the payment
    /// date limit and "last month" for the monthly job follow it, so an invoice issued at 00:30 on 1 January in Berlin
    /// is dated and numbered in the new year.
    /// </summary>
    public string TimeZoneId
    {
        get => _timeZoneId;
        set
        {
            _timeZoneId = value;
            _zone = null;
        }
    }

    public TimeZoneInfo Zone => _zone ??= TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The date in the company's time zone at <paramref name="utcNow"/>.</summary>
    public DateOnly Today(DateTime utcNow) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, Zone));

    /// <summary>When <paramref name="day"/> begins in the company's time zone, as UTC.</summary>
    public DateTime StartOfDayUtc(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (Zone.IsInvalidTime(local))
            local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    /// <summary>Where finance is told that drafts are ready and that a project is running through its budget.</summary>
    public string ContactEmail { get; set; } = "finance@expertnetwork.local";

    /// <summary>The issuing company as invoices and payout statements name it.</summary>
    public string CompanyName { get; set; } = "ExpertNetwork";

    public string CompanyAddress { get; set; } = "Address on file";

    /// <summary>The company's VAT or tax number printed on invoices.</summary>
    public string CompanyTaxId { get; set; } = "on file";

    /// <summary>The account clients pay invoices into.</summary>
    public string Iban { get; set; } = "on request";

    /// <summary>Days from the issue date to the due date of invoices and payout statements.</summary>
    public int PaymentTermDays { get; set; } = 30;

    /// <summary>When the monthly job drafts the previous month's invoices and statements.</summary>
    public string MonthlyRunCron { get; set; } = DefaultMonthlyRunCron;
    public const int DefaultBudgetWatchMinutes = 15;

    /// <summary>How often the budget-watch job looks for projects passing 80% or 100% of their budget (approvals also check at once).</summary>
    public int BudgetWatchMinutes { get; set; } = DefaultBudgetWatchMinutes;

    /// <summary>Checks the values and explains the first bad one; null when all are usable.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(ContactEmail) || !System.Net.Mail.MailAddress.TryCreate(ContactEmail, out _))
            return $"Finance:ContactEmail '{ContactEmail}' is not an email address.";
        if (string.IsNullOrWhiteSpace(TimeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out _))
            return $"Finance:TimeZone '{TimeZoneId}' is not a time zone; use an IANA id such as Europe/Berlin or UTC.";
        if (string.IsNullOrWhiteSpace(CompanyName) || CompanyName.Length > 200)
            return "Finance:CompanyName must be the company's name (at most 200 characters).";
        if (string.IsNullOrWhiteSpace(CompanyAddress) || CompanyAddress.Length > 500)
            return "Finance:CompanyAddress must be the company's postal address (at most 500 characters).";
        if (string.IsNullOrWhiteSpace(CompanyTaxId) || CompanyTaxId.Length > 64)
            return "Finance:CompanyTaxId must be the company's tax or VAT number (at most 64 characters).";
        if (string.IsNullOrWhiteSpace(Iban) || Iban.Length > 64)
            return "Finance:Iban must be the account clients pay into (at most 64 characters).";
        if (PaymentTermDays is < 0 or > 365)
            return $"Finance:PaymentTermDays '{PaymentTermDays}' must be a whole number of days from 0 to 365.";
        if (string.IsNullOrWhiteSpace(MonthlyRunCron))
            return "Finance:MonthlyRunCron must be a Quartz cron expression, such as " + DefaultMonthlyRunCron + ".";
        if (BudgetWatchMinutes is < 1 or > 1440)
            return $"Finance:BudgetWatchMinutes must be a whole number of minutes from 1 to 1440 (it is {BudgetWatchMinutes}).";
        return null;
    }
}
