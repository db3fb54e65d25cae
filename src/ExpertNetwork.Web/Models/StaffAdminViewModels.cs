using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Application.Administration;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Infrastructure.Identity;

namespace ExpertNetwork.Web.Models;

public sealed class NewStaffUserForm
{
    [Required(ErrorMessage = "Enter the new user's email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(TextLimits.Email)]
    public string Email { get; set; } = string.Empty;

    [StringLength(TextLimits.Name)]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Choose a role.")]
    public string Role { get; set; } = string.Empty;

    /// <summary>Empty: a password is generated and shown once.</summary>
    [StringLength(200)]
    public string? Password { get; set; }
}

public sealed class NewApiKeyForm
{
    [Required(ErrorMessage = "Name the key after the integration that will use it.")]
    [StringLength(TextLimits.Short, ErrorMessage = "A key name is at most 100 characters.")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a role.")]
    public string Role { get; set; } = string.Empty;

    /// <summary>The last day the key works (through the end of that day, UTC); empty for no expiry.</summary>
    public DateOnly? ExpiresOn { get; set; }
}

public sealed record StaffAdminViewModel(
    IReadOnlyList<StaffUserRow> Users, IReadOnlyList<ApiKeyRow> Keys, IReadOnlyList<string> TwoFactorRoles, string? CurrentUserId)
{
    public NewStaffUserForm NewUser { get; init; } = new();

    public NewApiKeyForm NewKey { get; init; } = new();
}
