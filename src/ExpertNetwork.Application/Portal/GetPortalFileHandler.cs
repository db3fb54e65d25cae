using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Application.Sprints;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Portal;

/// <summary>A file for the expert to download: name, content type and bytes.</summary>
public sealed record PortalFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The expert's own documents: an engagement's contract, a signed NDA, a sprint's calendar file. Every lookup is scoped
/// to the signed-in expert, so another expert's id finds nothing (null, shown as "not found").
/// </summary>
public sealed class GetPortalFileHandler(IAppDbContext db, IFileStore files, GetSignedNdaHandler ndas, GetPortalHandler portal, ISprintCalendar calendar)
{
    public async Task<PortalFile?> ContractAsync(Guid expertId, Guid engagementId, CancellationToken cancellationToken)
    {
        var engagement = await db.Engagements.AsNoTracking().SingleOrDefaultAsync(e => e.Id == engagementId && e.ExpertId == expertId && e.ContractPdfKey != null, cancellationToken);
        if (engagement is null)
            return null;
        await using var stream = await files.OpenReadAsync(engagement.ContractPdfKey!, cancellationToken);
        if (stream is null)
            return null;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        var bytes = copy.ToArray();
        if (!string.Equals(DocumentHash.Sha256Hex(bytes), engagement.ContractPdfSha256, StringComparison.Ordinal))
            throw new InvalidOperationException($"The stored contract PDF of engagement {engagement.Id} does not match its recorded SHA-256.");
        var view = await portal.HandleAsync(expertId, cancellationToken);
        var title = view?.Engagements.FirstOrDefault(e => e.Id == engagementId)?.Title ?? "engagement";
        return new PortalFile(AcceptOfferHandler.ContractFileName(title), "application/pdf", bytes);
    }

    public async Task<PortalFile?> NdaAsync(Guid expertId, Guid agreementId, CancellationToken cancellationToken) =>
        await ndas.ForStaffAsync(expertId, agreementId, cancellationToken) is { } file ? new PortalFile(file.FileName, "application/pdf", file.Content) : null;

    public async Task<PortalFile?> SprintCalendarAsync(Guid expertId, Guid sprintId, CancellationToken cancellationToken)
    {
        var view = await portal.HandleAsync(expertId, cancellationToken);
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
