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
}
