using System.Data.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Messaging;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ExpertNetwork.Infrastructure.Email;

/// <summary>What one dispatch run did.</summary>
public sealed record OutboxDispatchResult(int Claimed, int Sent, int Deferred, int DeadLettered, int Ambiguous);

/// <summary>
/// Sends due outbox messages. Claiming is one conditional UPDATE (still pending and due, or left sending by a sender
/// whose claim has expired) that stamps the rows with a claim token unique to this run, so two dispatchers on two
/// nodes never both send a message: the database lets only one of the UPDATEs change each row. Every outcome is saved
/// (with its attempt record and audit event) right after its send, so a crash loses at most the one message in flight.
/// </summary>
public sealed partial class OutboxDispatcher(
    ExpertNetworkDbContext db,
    IClock clock,
    IMailTransport transport,
    EmailOptions options,
    EmailMetrics metrics,
    ILogger<OutboxDispatcher> logger,
    string? nodeName = null)
{
    public const int MaxNodeNameLength = 60;

    private readonly string _node = NodeName(nodeName);

    public async Task<OutboxDispatchResult> DispatchDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var claimToken = $"{_node}/{Guid.NewGuid():N}";
        var claimed = await ClaimAsync(claimToken, batchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            await UpdateDepthAsync(cancellationToken);
            return new OutboxDispatchResult(0, 0, 0, 0, 0);
        }

        int sent = 0, deferred = 0, deadLettered = 0, ambiguous = 0;
        var from = MailboxAddress.Parse(options.From);
        try
        {
            await using var session = await transport.OpenSessionAsync(cancellationToken);
            foreach (var message in claimed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await SendOneAsync(session, message, from, cancellationToken);
                var now = clock.UtcNow;
                switch (result.Outcome)
                {
                    case MailDeliveryOutcome.Sent:
                        message.MarkSent(claimToken, now);
                        break;
                    case MailDeliveryOutcome.TransientFailure:
                        message.MarkTransientFailure(claimToken, result.Error ?? "Transient failure.", now);
                        break;
                    case MailDeliveryOutcome.PermanentFailure:
                        message.MarkPermanentFailure(claimToken, result.Error ?? "Permanent failure.", now);
                        break;
                    default:
                        message.MarkAmbiguous(claimToken, result.Error ?? "Delivery unknown.", now);
                        break;
                }
                if (!await SaveOutcomeAsync(message, cancellationToken))
                    continue;
                switch (message.Status)
                {
                    case OutboxStatus.Sent:
                        sent++;
                        metrics.Sent();
                        break;
                    case OutboxStatus.Pending:
                        deferred++;
                        metrics.Failed();
                        LogDeferred(message.MessageId, message.AttemptCount, message.NextAttemptUtc, message.LastError);
                        break;
                    case OutboxStatus.DeadLettered:
                        deadLettered++;
                        metrics.DeadLettered();
                        LogDeadLettered(message.MessageId, message.AttemptCount, message.LastError);
                        break;
                    case OutboxStatus.Ambiguous:
                        ambiguous++;
                        metrics.Ambiguous();
                        LogAmbiguous(message.MessageId, message.LastError);
                        break;
                }
            }
        }
        finally
        {
            // Claims not used (cancelled, or the run failed) go back at once instead of waiting for their expiry.
            await ReleaseAsync(claimToken);
        }
        await UpdateDepthAsync(cancellationToken);
        return new OutboxDispatchResult(claimed.Count, sent, deferred, deadLettered, ambiguous);
    }

    private async Task<List<OutboxMessage>> ClaimAsync(string claimToken, int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var claimExpires = now + OutboxMessage.ClaimDuration;
        var candidates = await db.OutboxMessages
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now)
                        || (m.Status == OutboxStatus.Sending && m.ClaimExpiresUtc <= now))
            .OrderBy(m => m.NextAttemptUtc)
            .Select(m => m.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
            return [];

        // The WHERE is evaluated again against the row as it is when the UPDATE gets it: a row another dispatcher
        // claimed in the meantime no longer matches and is left alone. Version moves too, so a sender whose claim
        // expired and was taken over cannot save an outcome over the new claimant's.
        var updated = await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id)
                        && ((m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now)
                            || (m.Status == OutboxStatus.Sending && m.ClaimExpiresUtc <= now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.ClaimedBy, claimToken)
                .SetProperty(m => m.ClaimExpiresUtc, claimExpires)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        if (updated == 0)
            return [];

        return await db.OutboxMessages
            .Include(m => m.Attachments)
            .AsSplitQuery()
            .Where(m => m.ClaimedBy == claimToken && m.Status == OutboxStatus.Sending)
            .OrderBy(m => m.NextAttemptUtc)
            .ToListAsync(cancellationToken);
    }

    private async Task<MailDeliveryResult> SendOneAsync(IMailTransportSession session, OutboxMessage message, MailboxAddress from, CancellationToken cancellationToken)
    {
        MimeMessage mime;
        try
        {
            mime = MimeMessageFactory.Create(message, from);
        }
        catch (Exception ex) when (ex is ParseException or FormatException or ArgumentException)
        {
            return MailDeliveryResult.Permanent($"The message could not be built: {ex.Message}");
        }
        try
        {
            return await session.SendAsync(mime, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failure the transport did not classify still counts as an attempt, so the message backs off and is
            // eventually dead-lettered instead of staying first in line and failing every run.
            LogUnexpectedFailure(ex, message.MessageId);
            return MailDeliveryResult.Transient($"Unexpected {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<bool> SaveOutcomeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            // The outcome is saved even when the run is being cancelled: the message has already gone (or failed).
            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Our claim expired and another node took the message over; its outcome is the one that counts. What this
            // failed save left tracked (the message, its new attempt, the audit events) is dropped; the rest of the
            // batch stays tracked.
            LogClaimLost(message.MessageId);
            foreach (var entry in db.ChangeTracker.Entries().ToList())
            {
                if (ReferenceEquals(entry.Entity, message)
                    || (entry.Entity is OutboxAttempt attempt && attempt.OutboxMessageId == message.Id)
                    || (entry.Entity is AuditEvent && entry.State == EntityState.Added))
                    entry.State = EntityState.Detached;
            }
            return false;
        }
    }

    private async Task ReleaseAsync(string claimToken)
    {
        try
        {
            await db.OutboxMessages
                .Where(m => m.ClaimedBy == claimToken && m.Status == OutboxStatus.Sending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Pending)
                    .SetProperty(m => m.ClaimedBy, (string?)null)
                    .SetProperty(m => m.ClaimExpiresUtc, (DateTime?)null)
                    .SetProperty(m => m.Version, m => m.Version + 1), CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException)
        {
            // The claims expire on their own after OutboxMessage.ClaimDuration.
            LogReleaseFailed(ex);
        }
    }

    private async Task UpdateDepthAsync(CancellationToken cancellationToken)
    {
        var depth = await db.OutboxMessages.LongCountAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending, cancellationToken);
        metrics.SetOutboxDepth(depth);
    }

    private static string NodeName(string? nodeName)
    {
        var name = string.IsNullOrWhiteSpace(nodeName) ? $"{Environment.MachineName}:{Environment.ProcessId}" : nodeName.Trim();
        return name.Length <= MaxNodeNameLength ? name : name[..MaxNodeNameLength];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId} failed (attempt {Attempt}); next try at {NextAttemptUtc:O}: {Error}")]
    private partial void LogDeferred(string messageId, int attempt, DateTime nextAttemptUtc, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {MessageId} dead-lettered after {Attempts} attempt(s): {Error}")]
    private partial void LogDeadLettered(string messageId, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {MessageId} is ambiguous (it may have been delivered) and will not be resent automatically: {Error}")]
    private partial void LogAmbiguous(string messageId, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId} was taken over by another sender after this one's claim expired.")]
    private partial void LogClaimLost(string messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending mail {MessageId} failed unexpectedly; it will be retried.")]
    private partial void LogUnexpectedFailure(Exception exception, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unused outbox claims could not be released; they expire on their own.")]
    private partial void LogReleaseFailed(Exception exception);
}
