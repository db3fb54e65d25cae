using System.Security.Claims;
using ExpertNetwork.Domain.Administration;

namespace ExpertNetwork.Web.Infrastructure;

public static class RoleLabels
{
    public static string Label(string role) => role switch
    {
        StaffRoles.ProgramManager => "Program manager",
        StaffRoles.Compliance => "Compliance",
        StaffRoles.Finance => "Finance",
        StaffRoles.Admin => "Admin",
        _ => role,
    };

    /// <summary>The label of the signed-in user's staff role (the first in <see cref="StaffRoles.All"/>), or null for anyone else.</summary>
    public static string? Of(ClaimsPrincipal user) => StaffRoles.All.FirstOrDefault(user.IsInRole) is { } role ? Label(role) : null;
}
