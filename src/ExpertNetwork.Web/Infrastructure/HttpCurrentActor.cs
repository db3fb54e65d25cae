using System.Security.Claims;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Auditing;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// The actor of the current request for the audit trail; outside a request (CLI, jobs) it is the system. On a link page
/// the actor is the expert of the link even when the same browser also holds a staff cookie (a program manager trying
/// an offer link on their own laptop): what happens there is the expert's act, not the staff user's.
/// </summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public ActorKind Kind => ExpertLink is not null ? ActorKind.Expert : User switch
    {
        null => ActorKind.System,
        var u when u.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName => ActorKind.ApiKey,
        var u when u.Identity?.AuthenticationType == PortalAuthentication.Scheme => ActorKind.Expert,
        _ => ActorKind.Staff,
    };

    public string Id => ExpertLink?.Id ?? User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "system";

    public string Name => ExpertLink?.Name ?? User?.Identity?.Name ?? "system";

    private ExpertLinkActor? ExpertLink => accessor.HttpContext is { } context ? ExpertLinkActor.Of(context) : null;
}
