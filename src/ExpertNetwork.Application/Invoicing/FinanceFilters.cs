namespace ExpertNetwork.Application.Invoicing;

/// <summary>Checks shared by finance's lists, exports and runs.</summary>
public static class FinanceFilters
{
    /// <summary>The longest range one list, export or run may cover.</summary>
    public const int MaxPeriodDays = 366 * 5;

    public static string? PeriodProblem(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t)
        {
            if (t < f)
                return $"The period ends ({t:yyyy-MM-dd}) before it starts ({f:yyyy-MM-dd}). Swap the dates or pick a month.";
            if (t.DayNumber - f.DayNumber > MaxPeriodDays)
                return "The period is longer than five years; pick a shorter one.";
        }
        return null;
    }
}
