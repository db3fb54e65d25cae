using ExpertNetwork.Domain.Budgets;
using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Budgets;

/// <summary>
/// Where a project stands against its budget, in the project currency. Billed is what issued invoices charged, net of
/// credit notes; approved-unbilled is approved work not on an issued invoice, at the bill rate of its work day; cost is
/// all approved work at the engagements' agreed pay rates.
/// </summary>
public sealed record ProjectBudget(
    Guid ProjectId, string Code, string Name, string ClientName, ProjectStatus Status, string Currency, decimal Budget,
    decimal Billed, decimal ApprovedUnbilled, decimal Cost, decimal HoursWithoutBillRate, decimal HoursWithoutPayRate,
    IReadOnlyList<int> WarningsSent)
{
    public decimal Spent => Billed + ApprovedUnbilled;

    /// <summary>Spent as a share of the budget, in percent (one decimal).</summary>
    public decimal PercentUsed => Budget > 0 ? decimal.Round(Spent * 100m / Budget, 1, MidpointRounding.AwayFromZero) : 0m;

    public decimal Margin => Spent - Cost;

    /// <summary>Margin as a share of what was spent (billed and billable), in percent; none before anything is spent.</summary>
    public decimal? MarginPercent => Spent != 0 ? decimal.Round(Margin * 100m / Spent, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>The highest warning threshold the spend has reached (80 or 100), or null below 80%.</summary>
    public int? ThresholdReached => BudgetNotice.Reached(Spent, Budget) is { Count: > 0 } reached ? reached[^1] : null;

    /// <summary>Spend has reached a warning threshold (the first is 80% of the budget).</summary>
    public bool NearsBudget => ThresholdReached is not null;

    /// <summary>Spend has reached the last warning threshold, the whole budget.</summary>
    public bool OverBudget => ThresholdReached == BudgetNotice.Thresholds[^1];
}

/// <summary>Spent by the end of the week that starts on <see cref="WeekStart"/> (a Monday), cumulative.</summary>
public sealed record BurnPoint(DateOnly WeekStart, decimal Spent);

/// <summary>A budget warning that went out: when, at what spend, to whom.</summary>
public sealed record BudgetWarningSent(int ThresholdPercent, DateTime SentUtc, decimal Spent, string Recipients);

/// <summary>A project's budget panel: its figures, the burn week by week from its first approved hours to today, and the warnings sent.</summary>
public sealed record ProjectBudgetDetail(ProjectBudget Figures, IReadOnlyList<BurnPoint> Burn, IReadOnlyList<BudgetWarningSent> Warnings);
