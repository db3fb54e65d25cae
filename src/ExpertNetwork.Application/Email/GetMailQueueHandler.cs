using ExpertNetwork.Domain.Messaging;

namespace ExpertNetwork.Application.Email;

/// <summary>One page (from 1) of the mail queue, optionally only the messages in one status.</summary>
public sealed record GetMailQueueQuery(OutboxStatus? Status, int Page);

/// <summary>The admin's view of outgoing mail: depth and outcome counts, and the messages (newest first).</summary>
public sealed class GetMailQueueHandler(IAppDbContext db)
{
    public async Task<MailQueueView> HandleAsync(GetMailQueueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (status, page) = query;
        var counts = await db.OutboxMessages.AsNoTracking()
            .GroupBy(m => m.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        foreach (var s in Enum.GetValues<OutboxStatus>())
            counts.TryAdd(s, 0);

        var messages = db.OutboxMessages.AsNoTracking();
        if (status is { } only)
            messages = messages.Where(m => m.Status == only);
        var result = await messages
            .OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id)
            .Select(m => new MailQueueItem(m.Id, m.ToAddress, m.Subject, m.Status, m.AttemptCount, m.LastError,
                m.CreatedUtc, m.LastAttemptUtc, m.NextAttemptUtc, m.SentUtc, m.MessageId))
            .ToPageAsync(Math.Max(1, page), Paging.DefaultPageSize, cancellationToken);
        return new MailQueueView(counts, result, status);
    }
}
