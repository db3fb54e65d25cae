using Microsoft.AspNetCore.Identity;

namespace ExpertNetwork.Infrastructure.Identity;

/// <summary>A staff member who signs in: program manager, compliance officer, finance or admin.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>When an admin disabled the account; while set, the user cannot sign in and existing sessions end.</summary>
    public DateTime? DisabledUtc { get; set; }

    /// <summary>The last completed sign-in (after the second factor, when there is one). Not audited: it is use, not a change.</summary>
    public DateTime? LastSignInUtc { get; set; }

    public bool IsDisabled => DisabledUtc is not null;
}
