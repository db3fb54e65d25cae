using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>An engagement loaded for a change, with its request, expert and the names its mails need.</summary>
internal sealed record EngagementContext(Engagement Engagement, StaffingRequest Request, Expert Expert, string ProjectName, string ClientName);

internal static class EngagementLoading
{
    /// <summary>
    /// Loads an engagement of a request for a change. A copy that is already stale is refused at once, and the save
    /// checks the same version (and the request's own), so a change racing another one is refused too.
    /// </summary>
    public static async Task<EngagementContext> LoadForChangeAsync(IAppDbContext db, Guid requestId, Guid engagementId, int expectedVersion, CancellationToken cancellationToken)
    {
        var engagement = await db.Engagements.Include(e => e.AgreedRates)
            .SingleOrDefaultAsync(e => e.Id == engagementId && e.StaffingRequestId == requestId, cancellationToken)
            ?? throw Refusal.NotFound("The engagement");
        if (engagement.Version != expectedVersion)
            throw Refusal.Stale("This engagement");
        db.Entry(engagement).Property(e => e.Version).OriginalValue = expectedVersion;
        var request = await db.StaffingRequests.SingleAsync(r => r.Id == requestId, cancellationToken);
        var expert = await db.Experts.AsNoTracking().SingleAsync(x => x.Id == engagement.ExpertId, cancellationToken);
        var names = await NamesForExpertAsync(db, request, accepted: engagement.AcceptedByName is not null, cancellationToken);
        return new EngagementContext(engagement, request, expert, names.Project, names.Client);
    }

    /// <summary>
    /// The project and client as a mail to the expert may name them: in full once they accepted (they signed for it);
    /// before that only what the project's confidentiality level discloses, as in the offer itself.
    /// </summary>
    public static async Task<(string Project, string Client)> NamesForExpertAsync(IAppDbContext db, StaffingRequest request, bool accepted, CancellationToken cancellationToken)
    {
        var row = await db.Projects.AsNoTracking().Where(p => p.Id == request.ProjectId)
            .Join(db.Clients.AsNoTracking(), p => p.ClientId, c => c.Id, (p, c) => new { Project = p, Client = c.Name })
            .SingleAsync(cancellationToken);
        if (accepted)
            return (row.Project.Name, row.Client);
        var disclosure = Engagements.OfferDisclosure.For(row.Project, row.Client, request);
        return (disclosure.Title, disclosure.Client);
    }

    public static async Task SaveAsync(IAppDbContext db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale(what);
        }
    }
}
