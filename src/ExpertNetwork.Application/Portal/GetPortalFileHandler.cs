using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Application.Sprints;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Portal;

/// <summary>A file for the expert to download: name, content type and bytes.</summary>
public sealed record PortalFile(string FileName, string ContentType, byte[] Content);

/// <summary>The kinds of document the portal offers for download.</summary>
public enum PortalFileKind
{
    Contract,
    Nda,
    PayoutStatement,
    SprintCalendar,
}

/// <summary>One of the signed-in expert's documents, by kind and id (an engagement, an NDA agreement, a statement, a sprint).</summary>
public sealed record GetPortalFileQuery(Guid ExpertId, PortalFileKind Kind, Guid Id);

/// <summary>
/// The expert's own documents: an engagement's contract, a signed NDA, a sprint's calendar file, an issued payout
/// statement or credit note. Every lookup is scoped
/// to the signed-in expert, so another expert's id finds nothing (null, shown as "not found").
/// </summary>
public sealed class GetPortalFileHandler(IAppDbContext db, IFileStore files, GetSignedNdaHandler ndas, GetPortalHandler portal, ISprintCalendar calendar)
{
    public Task<PortalFile?> HandleAsync(GetPortalFileQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Kind switch
        {
            PortalFileKind.Contract => ContractAsync(query.ExpertId, query.Id, cancellationToken),
            PortalFileKind.Nda => NdaAsync(query.ExpertId, query.Id, cancellationToken),
            PortalFileKind.PayoutStatement => PayoutStatementAsync(query.ExpertId, query.Id, cancellationToken),
            PortalFileKind.SprintCalendar => SprintCalendarAsync(query.ExpertId, query.Id, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Kind, null),
        };
    }

    private async Task<PortalFile?> ContractAsync(Guid expertId, Guid engagementId, CancellationToken cancellationToken)
    {
        var engagement = await db.Engagements.AsNoTracking().SingleOrDefaultAsync(e => e.Id == engagementId && e.ExpertId == expertId && e.ContractPdfKey != null, cancellationToken);
        if (engagement is null)
            return null;
        var bytes = await StoredDocuments.ReadVerifiedAsync(files, engagement.ContractPdfKey!, engagement.ContractPdfSha256, $"contract PDF of engagement {engagement.Id}", cancellationToken);
        if (bytes is null)
            return null;
        // A contract exists only once accepted, and then the expert knows the project by its name.
        var title = await db.Projects.AsNoTracking().Where(p => p.Id == engagement.ProjectId).Select(p => p.Name).SingleAsync(cancellationToken);
        return new PortalFile(AcceptOfferHandler.ContractFileName(title), "application/pdf", bytes);
    }

    /// <summary>The stored PDF of a statement or credit note issued in the expert's name, hash-checked; a draft has none.</summary>
    private async Task<PortalFile?> PayoutStatementAsync(Guid expertId, Guid statementId, CancellationToken cancellationToken)
    {
        var statement = await db.PayoutStatements.AsNoTracking()
            .Where(p => p.Id == statementId && p.ExpertId == expertId && p.Status != DocumentStatus.Draft && p.Number != null && p.PdfStorageKey != null)
            .Select(p => new { p.Number, p.PdfStorageKey, p.PdfSha256 })
            .SingleOrDefaultAsync(cancellationToken);
        if (statement is null)
            return null;
        var bytes = await StoredDocuments.ReadVerifiedAsync(files, statement.PdfStorageKey!, statement.PdfSha256, $"PDF of payout statement {statement.Number}", cancellationToken);
        return bytes is null ? null : new PortalFile(BillingPdfs.FileSafe(statement.Number!) + ".pdf", "application/pdf", bytes);
    }

    private async Task<PortalFile?> NdaAsync(Guid expertId, Guid agreementId, CancellationToken cancellationToken) =>
        await ndas.HandleAsync(new GetSignedNdaQuery(expertId, agreementId), cancellationToken) is { } file ? new PortalFile(file.FileName, "application/pdf", file.Content) : null;

    private async Task<PortalFile?> SprintCalendarAsync(Guid expertId, Guid sprintId, CancellationToken cancellationToken)
    {
        var view = await portal.HandleAsync(new GetPortalQuery(expertId), cancellationToken);
        var mine = view?.Sprints.FirstOrDefault(s => s.Id == sprintId);
        if (view is null || mine is null)
            return null;
        var sprint = await db.Sprints.AsNoTracking().SingleAsync(s => s.Id == sprintId, cancellationToken);
        var expert = await db.Experts.AsNoTracking().Where(e => e.Id == expertId).Select(e => new { e.Email, e.FullName }).SingleAsync(cancellationToken);
        var invite = calendar.Invite(new SprintCalendarEvent(sprint.Id, expertId, sprint.Sequence, expert.Email, expert.FullName, sprint.Name,
            $"Project: {mine.ProjectTitle}. Your commitment: {mine.CommittedHours:0.##} hours.",
            sprint.GuidelinesUrl is { } url ? new Uri(url) : null,
            sprint.StartDate.ToDateTime(sprint.StartTime), sprint.EndDate.ToDateTime(sprint.EndTime), sprint.TimeZoneId));
        return new PortalFile(invite.FileName, invite.ContentType, invite.Content);
    }
}
