using System.Globalization;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Engagements;

/// <summary>An offered engagement with everything its link page, contract and acceptance need.</summary>
internal sealed record OfferContext(Engagement Engagement, StaffingRequest Request, Project Project, Client Client, Expert Expert)
{
    public OfferDisclosure Disclosure => OfferDisclosure.For(Project, Client.Name, Request);

    public ContractFacts ContractFacts => new(
        Engagement.Id, Engagement.OfferedUtc ?? Engagement.ProposedUtc, Expert.FullName, Expert.Email, CountryName(Expert.CountryCode),
        Disclosure.Title, Disclosure.Client, Engagement.Activity, Engagement.Window, Engagement.HoursPerWeek, Engagement.HoursCap,
        Rates(Engagement));

    public static IReadOnlyList<AgreedRate> Rates(Engagement engagement) => engagement.AgreedRates
        .OrderBy(r => r.Activity != engagement.Activity).ThenBy(r => r.Activity)
        .Select(r => new AgreedRate(r.Activity, r.HourlyRate))
        .ToList();

    /// <summary>The engagement a link token belongs to, or null for a malformed, unknown or replaced token.</summary>
    public static async Task<OfferContext?> ForTokenAsync(IAppDbContext db, string? token, bool tracked, CancellationToken cancellationToken)
    {
        if (!LinkToken.IsWellFormed(token))
            return null;
        var hash = LinkToken.HashOf(token!);
        var engagements = tracked ? db.Engagements : db.Engagements.AsNoTracking();
        var engagement = await engagements.Include(e => e.AgreedRates).SingleOrDefaultAsync(e => e.OfferLinkSha256 == hash, cancellationToken);
        if (engagement is null)
            return null;
        var requests = tracked ? db.StaffingRequests : db.StaffingRequests.AsNoTracking();
        var request = await requests.SingleAsync(r => r.Id == engagement.StaffingRequestId, cancellationToken);
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == engagement.ProjectId, cancellationToken);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == project.ClientId, cancellationToken);
        var expert = await db.Experts.AsNoTracking().SingleAsync(e => e.Id == engagement.ExpertId, cancellationToken);
        return new OfferContext(engagement, request, project, client, expert);
    }

    private static string CountryName(string countryCode)
    {
        try
        {
            return new RegionInfo(countryCode).EnglishName;
        }
        catch (ArgumentException)
        {
            return countryCode;
        }
    }
}
