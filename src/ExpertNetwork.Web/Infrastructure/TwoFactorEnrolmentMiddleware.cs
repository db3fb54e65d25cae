using ExpertNetwork.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// A staff member whose role requires a second factor (Security:RequireTwoFactorRoles) and who has none yet is sent to
/// set it up, and can open nothing but the account pages until they have.
/// </summary>
internal sealed class TwoFactorEnrolmentMiddleware(RequestDelegate next, SecurityOptions security)
{
    public const string SetupPath = "/account/two-factor";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (security.RequireTwoFactorRoles.Count > 0
            && user.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type == IdentityConstants.ApplicationScheme
            && user.FindFirst(StaffClaimsPrincipalFactory.TwoFactorClaim)?.Value != "on"
            && security.RequireTwoFactorRoles.Any(user.IsInRole)
            && !IsAllowed(context.Request.Path))
        {
            context.Response.Redirect(SetupPath);
            return Task.CompletedTask;
        }
        return next(context);
    }

    private static bool IsAllowed(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/error") || path.StartsWithSegments("/health");
}
