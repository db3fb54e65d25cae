using Microsoft.AspNetCore.Identity;

namespace ExpertNetwork.Infrastructure.Identity;

/// <summary>A staff member who signs in: program manager, compliance officer, finance or admin.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;
}
