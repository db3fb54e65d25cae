using System.Data.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Messaging;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ExpertNetwork.Infrastructure.Email;

/// <summary>What one dispatch run did.</summary>
public sealed record OutboxDispatchResult(int Claimed, int Sent, int Deferred, int DeadLettered, int Ambiguous);

/// <summary>
/// Sends due outbox messages in batches. Claiming is one conditional UPDATE (still pending and due, or left sending by a
/// sender whose claim has expired) that stamps the rows with a claim token unique to this run, so two dispatchers on two
/// nodes never both send a message: the database lets only one of the UPDATEs change each row. The batch goes out over
/// one transport session (one SMTP connection, reconnected after a failure), and the outcomes of the whole batch are
/// saved together (attempt records and audit events included) in one transaction, so a crash between the sends and
/// that save can resend at most one batch (Email:DispatchBatchSize) once its claim expires; every message keeps its
/// Message-ID, so such a resend is recognisable.
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

    /// <summary>
    /// No send starts once this much of the claim has passed: a send still under way when the claim expires could
    /// overlap another node's send of the same message. What is left of the batch is released for the next run.
    /// </summary>
    public static readonly TimeSpan SendWindow = OutboxMessage.ClaimDuration / 2;

    private readonly string _node = NodeName(nodeName);

    public async Task<OutboxDispatchResult> DispatchDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var claimToken = $"{_node}/{Guid.NewGuid():N}";
        var claimedUtc = clock.UtcNow;
        var claimed = await ClaimAsync(claimToken, claimedUtc, batchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            await UpdateDepthAsync(cancellationToken);
            return new OutboxDispatchResult(0, 0, 0, 0, 0);
        }

        var deliveries = new List<Delivery>(claimed.Count);
        List<OutboxMessage> recorded;
        var from = MailboxAddress.Parse(options.From);
        try
        {
            await using (var session = await transport.OpenSessionAsync(cancellationToken))
            {
                foreach (var message in claimed)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (clock.UtcNow - claimedUtc >= SendWindow)
                    {
                        LogSendWindowPassed(claimed.Count - deliveries.Count);
                        break;
                    }
                    var result = await SendOneAsync(session, message, from, cancellationToken);
                    deliveries.Add(new Delivery(message, result, clock.UtcNow));
                }
            }
        }
        finally
        {
            // Claims not used (cancelled, the run failed, or the send window passed) go back at once instead of
            // waiting for their expiry. The messages that were attempted keep theirs until their outcome is saved.
            var attempted = deliveries.Select(d => d.Message.Id).ToHashSet();
            await ReleaseAsync(claimToken, claimed.Where(m => !attempted.Contains(m.Id)).Select(m => m.Id).ToList());
            // The outcomes are saved even when the run is being cancelled or failed: those messages have already gone
            // (or failed).
            recorded = await RecordAsync(claimToken, deliveries);
        }

        int sent = 0, deferred = 0, deadLettered = 0, ambiguous = 0;
        foreach (var message in recorded)
        {
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
        await UpdateDepthAsync(cancellationToken);
        return new OutboxDispatchResult(claimed.Count, sent, deferred, deadLettered, ambiguous);
    }

    private async Task<List<OutboxMessage>> ClaimAsync(string claimToken, DateTime now, int batchSize, CancellationToken cancellationToken)
    {
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

    /// <summary>
    /// Records every delivery on its message and saves them all in one SaveChanges (one transaction, one append to the
    /// audit chain). Returns the messages whose outcome was saved.
    /// </summary>
    private async Task<List<OutboxMessage>> RecordAsync(string claimToken, IReadOnlyList<Delivery> deliveries)
    {
        if (deliveries.Count == 0)
            return [];
        var messages = deliveries.Select(d => d.Message).ToList();
        while (true)
        {
            var byId = messages.ToDictionary(m => m.Id);
            var recorded = new List<OutboxMessage>(messages.Count);
            foreach (var delivery in deliveries)
            {
                if (!byId.TryGetValue(delivery.Message.Id, out var message))
                    continue;
                Apply(message, claimToken, delivery.Result, delivery.AttemptedUtc);
                recorded.Add(message);
            }
            if (recorded.Count == 0)
                return recorded;
            try
            {
                // Not cancellable: the messages have already gone (or failed).
                await db.SaveChangesAsync(CancellationToken.None);
                return recorded;
            }
            catch (DbUpdateConcurrencyException)
            {
                // The claim on some message expired and another node took it over; its outcome is the one that counts.
                // The transaction rolled back, so nothing of this save is stored: start again from the rows as they
                // are now, with the messages this run still holds. Each round drops at least one message, so this ends.
                db.ChangeTracker.Clear();
                var ids = recorded.Select(m => m.Id).ToList();
                var held = await db.OutboxMessages
                    .Include(m => m.Attachments)
                    .AsSplitQuery()
                    .Where(m => ids.Contains(m.Id) && m.ClaimedBy == claimToken && m.Status == OutboxStatus.Sending)
                    .ToListAsync(CancellationToken.None);
                foreach (var lost in recorded.Where(r => held.All(h => h.Id != r.Id)))
                    LogClaimLost(lost.MessageId);
                messages = held;
            }
        }
    }

    private static void Apply(OutboxMessage message, string claimToken, MailDeliveryResult result, DateTime attemptedUtc)
    {
        switch (result.Outcome)
        {
            case MailDeliveryOutcome.Sent:
                message.MarkSent(claimToken, attemptedUtc);
                break;
            case MailDeliveryOutcome.TransientFailure:
                message.MarkTransientFailure(claimToken, result.Error ?? "Transient failure.", attemptedUtc);
                break;
            case MailDeliveryOutcome.PermanentFailure:
                message.MarkPermanentFailure(claimToken, result.Error ?? "Permanent failure.", attemptedUtc);
                break;
            default:
                message.MarkAmbiguous(claimToken, result.Error ?? "Delivery unknown.", attemptedUtc);
                break;
        }
    }

    private async Task ReleaseAsync(string claimToken, IReadOnlyList<Guid> unattempted)
    {
        if (unattempted.Count == 0)
            return;
        try
        {
            await db.OutboxMessages
                .Where(m => unattempted.Contains(m.Id) && m.ClaimedBy == claimToken && m.Status == OutboxStatus.Sending)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The batch took too long; {Count} claimed message(s) are left for the next run so that no send outlives its claim.")]
    private partial void LogSendWindowPassed(int count);

    /// <summary>One attempt, kept apart from the message until the batch is recorded.</summary>
    private sealed record Delivery(OutboxMessage Message, MailDeliveryResult Result, DateTime AttemptedUtc);
}
