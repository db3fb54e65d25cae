using System.ComponentModel.DataAnnotations;

namespace ExpertNetwork.Web.Models;

public sealed class LoginTwoFactorViewModel
{
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app, or one of your recovery codes.")]
    [StringLength(40)]
    public string Code { get; set; } = string.Empty;

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed record TwoFactorPageViewModel(
    bool Enabled, bool Required, string? SharedKey, string? QrCodeDataUri, int RecoveryCodesLeft, IReadOnlyList<string>? NewRecoveryCodes);
