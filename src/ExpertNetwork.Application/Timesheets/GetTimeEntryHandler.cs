namespace ExpertNetwork.Application.Timesheets;

public sealed record GetTimeEntryQuery(Guid Id);

/// <summary>One time entry as integrations read it; null when there is no such entry.</summary>
public sealed class GetTimeEntryHandler(IAppDbContext db)
{
    public Task<TimeEntryItem?> HandleAsync(GetTimeEntryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.Id;
        return db.TimeEntries.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new TimeEntryItem(t.Id, t.Version, t.EngagementId, t.ExpertId, t.ProjectId, t.SprintId, t.WorkDate, t.Activity, t.Hours, t.Note,
                t.Status, t.SubmittedUtc, t.ReviewedBy, t.ReviewedUtc, t.RejectionReason, t.InvoiceId != null, t.PayoutStatementId != null))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
