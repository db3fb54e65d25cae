using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Budgets;

/// <summary>
/// Proof that finance and the program managers were warned that a project's spend passed a share of its budget, and the
/// guard that makes the budget watch warn once per project and threshold however often, and on however many nodes, it
/// runs: the key (project, threshold) is unique and the notice is written in the same transaction as the outbox rows.
/// </summary>
public sealed class BudgetNotice : AggregateRoot
{
    /// <summary>The shares of the budget, in percent, at which a warning goes out.</summary>
    public static readonly IReadOnlyList<int> Thresholds = [80, 100];

    private BudgetNotice() { Currency = Recipients = MessageId = string.Empty; }

    public Guid ProjectId { get; private set; }
    public int ThresholdPercent { get; private set; }
    public decimal Spent { get; private set; }
    public decimal Budget { get; private set; }
    public string Currency { get; private set; }
    public string Recipients { get; private set; }
    public DateTime SentUtc { get; private set; }
    public string MessageId { get; private set; }

    /// <summary>The thresholds that <paramref name="spent"/> has reached, lowest first (none below 80% of the budget).</summary>
    public static IReadOnlyList<int> Reached(decimal spent, decimal budget)
    {
        if (budget <= 0)
            return [];
        return Thresholds.Where(t => spent * 100m >= budget * t).ToList();
    }

    public static BudgetNotice Sent(Guid projectId, int thresholdPercent, Money spent, Money budget, IReadOnlyCollection<string> recipients, string messageId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(spent);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(recipients);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (!Thresholds.Contains(thresholdPercent))
            throw Refusal.Invalid($"Budget warnings are sent at {string.Join(" and ", Thresholds.Select(t => t + "%"))} of the budget, not at {thresholdPercent}%.");
        if (spent.Currency != budget.Currency)
            throw Refusal.Invalid($"The spend is in {spent.Currency} but the budget is in {budget.Currency}.");
        if (!Reached(spent.Amount, budget.Amount).Contains(thresholdPercent))
            throw Refusal.Conflict($"A {thresholdPercent}% budget warning cannot be sent while {spent} of {budget} is spent.");
        if (recipients.Count == 0)
            throw Refusal.Conflict("A budget warning needs at least one recipient.");
        var notice = new BudgetNotice
        {
            ProjectId = projectId,
            ThresholdPercent = thresholdPercent,
            Spent = spent.Amount,
            Budget = budget.Amount,
            Currency = budget.Currency,
            Recipients = Guard.Required(string.Join(", ", recipients), "Recipients", TextLimits.Note),
            SentUtc = nowUtc,
            MessageId = Guard.Required(messageId, "Message-ID", Messaging.OutboxMessage.MaxMessageIdLength),
        };
        notice.Record("Sent");
        return notice;
    }
}
