using System.Security.Claims;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Auditing;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>The actor of the current request for the audit trail; outside a request (CLI, jobs) it is the system.</summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public ActorKind Kind => User switch
    {
        null when ExpertLink is not null => ActorKind.Expert,
        null => ActorKind.System,
        var u when u.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName => ActorKind.ApiKey,
        var u when u.Identity?.AuthenticationType == PortalAuthentication.Scheme => ActorKind.Expert,
        _ => ActorKind.Staff,
    };

    public string Id => User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? ExpertLink?.Id ?? "system";

    public string Name => User?.Identity?.Name ?? ExpertLink?.Name ?? "system";

    private ExpertLinkActor? ExpertLink => accessor.HttpContext is { } context ? ExpertLinkActor.Of(context) : null;
}
