using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Experts.Privacy;

/// <summary>Erase an expert's personal data; the typed name must be the expert's full name, as a confirmation.</summary>
public sealed record EraseExpertCommand(Guid ExpertId, string? TypedName, string? Reason);

/// <summary>
/// Erases an expert's personal data on request (see docs/decisions/0008). The person asking types the expert's name
/// to confirm. Refused while work is in progress, because an offer, a running engagement or hours still to be paid
/// need to reach the person. Credentials lose their numbers and evidence files; rates, engagements, time entries,
/// invoices, payout statements and the audit trail stay as they are, and the erasure itself is a new audit event.
/// </summary>
public sealed class EraseExpertHandler(IAppDbContext db, IFileStore files, IClock clock)
{
    private static readonly EngagementStatus[] InProgress =
        [EngagementStatus.Proposed, EngagementStatus.Offered, EngagementStatus.Accepted, EngagementStatus.Active];

    public async Task HandleAsync(EraseExpertCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var expertId = command.ExpertId;
        var typedName = command.TypedName;
        var reason = command.Reason;
        var expert = await db.Experts.Include(e => e.Languages).Include(e => e.Blackouts).Include(e => e.Employers)
            .SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken)
            ?? throw Refusal.NotFound("The expert");
        if (expert.IsErased)
            throw Refusal.Conflict($"This expert's personal data was already erased on {expert.ErasedUtc:yyyy-MM-dd}.");
        if (!string.Equals(typedName?.Trim(), expert.FullName, StringComparison.OrdinalIgnoreCase))
            throw Refusal.Invalid($"Type the expert's full name, {expert.FullName}, exactly as shown to confirm the erasure.", "TypedName");
        if (string.IsNullOrWhiteSpace(reason))
            throw Refusal.Invalid("Give the reason for the erasure (for example the date and channel of the expert's request).", "Reason");

        var open = await db.Engagements.CountAsync(e => e.ExpertId == expertId && InProgress.Contains(e.Status), cancellationToken);
        if (open > 0)
            throw Refusal.Conflict($"This expert has {Plural(open, "engagement")} in progress (proposed, offered, accepted or active). Withdraw, cancel or complete {(open == 1 ? "it" : "them")} before erasing.");
        var unapproved = await db.TimeEntries.CountAsync(t => t.ExpertId == expertId && t.Status == TimeEntryStatus.Submitted, cancellationToken);
        if (unapproved > 0)
            throw Refusal.Conflict($"This expert has {Plural(unapproved, "time entry", "time entries")} waiting for approval. Approve or reject them before erasing.");
        // The payment run names and mails the expert, so every approved hour must be on a statement that is paid.
        var unpaid = await db.TimeEntries.CountAsync(t => t.ExpertId == expertId && t.Status == TimeEntryStatus.Approved
            && !db.PayoutStatements.Any(s => s.Id == t.PayoutStatementId && s.Status == DocumentStatus.Paid), cancellationToken);
        if (unpaid > 0)
            throw Refusal.Conflict($"This expert has {Plural(unpaid, "approved time entry", "approved time entries")} not yet paid out on a payout statement. Issue and pay their statement before erasing.");

        var evidence = new List<string>();
        foreach (var credential in await db.Credentials.Where(c => c.ExpertId == expertId).ToListAsync(cancellationToken))
        {
            if (credential.Erase() is { } key)
                evidence.Add(key);
        }
        // An erased expert has no portal to enter: links still out in old emails stop working with the erasure.
        db.PortalSignInLinks.RemoveRange(await db.PortalSignInLinks.Where(l => l.ExpertId == expertId).ToListAsync(cancellationToken));
        expert.Erase(reason, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);

        // Only once the records no longer point at them, so a failed save never leaves a credential without its file.
        foreach (var key in evidence)
            await files.DeleteAsync(key, cancellationToken);
    }

    private static string Plural(int count, string one, string? many = null) => count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";
}
