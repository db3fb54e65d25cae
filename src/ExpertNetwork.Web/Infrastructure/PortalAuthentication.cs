using System.Security.Claims;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// The expert portal's own cookie and scheme, apart from staff sign-in: an expert session never opens a staff page and a
/// staff session never opens the portal. The cookie carries the expert's id and name only.
/// </summary>
public static class PortalAuthentication
{
    public const string Scheme = "ExpertPortal";
    public const string CookieName = "expertnetwork.expert";
    public const string ExpertIdClaim = "expert_id";

    public static ClaimsPrincipal Principal(Guid expertId, string name) =>
        new(new ClaimsIdentity(
            [new Claim(ExpertIdClaim, expertId.ToString()), new Claim(ClaimTypes.NameIdentifier, "expert:" + expertId), new Claim(ClaimTypes.Name, name)],
            Scheme));

    public static Guid? ExpertIdOf(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, AuthenticationType: Scheme } && Guid.TryParse(user.FindFirstValue(ExpertIdClaim), out var id) ? id : null;
}
