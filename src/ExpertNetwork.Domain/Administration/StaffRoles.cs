namespace ExpertNetwork.Domain.Administration;

public static class StaffRoles
{
    public const string Admin = "Admin";
    public const string ProgramManager = "ProgramManager";
    public const string Compliance = "Compliance";
    public const string Finance = "Finance";

    public static readonly IReadOnlyList<string> All = [Admin, ProgramManager, Compliance, Finance];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>Accepts a role name in any letter case ("finance") and returns its canonical spelling, or null.</summary>
    public static string? Parse(string? role) => All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
