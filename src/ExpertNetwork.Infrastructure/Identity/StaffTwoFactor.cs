using System.Globalization;
using System.Text;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace ExpertNetwork.Infrastructure.Identity;

/// <summary>What the set-up page shows: whether the factor is on, and the key to scan or type while it is not.</summary>
public sealed record TwoFactorSetup(bool Enabled, bool Required, string? SharedKey, string? AuthenticatorUri, int RecoveryCodesLeft);

/// <summary>
/// A staff member's own authenticator (TOTP, through ASP.NET Identity's authenticator token provider) and recovery
/// codes. Each change commits with its audit event.
/// </summary>
public sealed class StaffTwoFactor(UserManager<StaffUser> users, ExpertNetworkDbContext db, SecurityOptions security)
{
    public const string Issuer = "ExpertNetwork";
    public const int RecoveryCodeCount = 10;

    public async Task<bool> IsRequiredAsync(StaffUser user) => security.RequiresTwoFactor(await users.GetRolesAsync(user));

    public async Task<TwoFactorSetup> GetSetupAsync(StaffUser user)
    {
        var required = await IsRequiredAsync(user);
        if (user.TwoFactorEnabled)
            return new TwoFactorSetup(true, required, null, null, await users.CountRecoveryCodesAsync(user));
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A key is made on first view and kept until the user confirms it, so reloading the page shows the same QR code.
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        return new TwoFactorSetup(false, required, FormatKey(key!), AuthenticatorUri(user.Email!, key!), 0);
    }

    /// <summary>Turns the factor on once the user proves their app shows the right code; returns the recovery codes, shown once.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(StaffUser user, string? code)
    {
        if (user.TwoFactorEnabled)
            throw Refusal.Conflict("Two-factor sign-in is already on for your account.");
        var digits = Normalize(code);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
            throw Refusal.Invalid("Enter the 6-digit code your authenticator app shows for ExpertNetwork.", "Code");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
            throw Refusal.Invalid("That code does not match. Check that your phone's clock is right and enter the code the app shows now.", "Code");
        return await IdentityChanges.InTransactionAsync(db, async () =>
        {
            IdentityChanges.Check(await users.SetTwoFactorEnabledAsync(user, true));
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
            db.RecordAuditEvent("TwoFactorEnabled", StaffAccounts.EntityType, user.Id, new { TwoFactorEnabled = false }, new { user.Email, TwoFactorEnabled = true });
            return (IReadOnlyList<string>)codes;
        });
    }

    /// <summary>New recovery codes; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(StaffUser user)
    {
        if (!user.TwoFactorEnabled)
            throw Refusal.Conflict("Turn on two-factor sign-in first; recovery codes come with it.");
        return await IdentityChanges.InTransactionAsync(db, async () =>
        {
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
            db.RecordAuditEvent("RecoveryCodesRegenerated", StaffAccounts.EntityType, user.Id, null, new { user.Email, Codes = codes.Count });
            return (IReadOnlyList<string>)codes;
        });
    }

    public async Task DisableAsync(StaffUser user)
    {
        if (!user.TwoFactorEnabled)
            throw Refusal.Conflict("Two-factor sign-in is already off for your account.");
        if (await IsRequiredAsync(user))
            throw Refusal.Conflict("Your role requires two-factor sign-in, so it cannot be turned off. If you lost your device, ask an admin to reset it.");
        await IdentityChanges.InTransactionAsync(db, async () =>
        {
            await IdentityChanges.ClearSecondFactorAsync(users, user);
            db.RecordAuditEvent("TwoFactorDisabled", StaffAccounts.EntityType, user.Id, new { TwoFactorEnabled = true }, new { user.Email, TwoFactorEnabled = false });
            return true;
        });
    }

    /// <summary>A recovery code was spent at sign-in (Identity removed it): worth a line in the trail, as it means the device was not at hand.</summary>
    public async Task NoteRecoveryCodeUsedAsync(StaffUser user)
    {
        db.RecordAuditEvent("RecoveryCodeUsed", StaffAccounts.EntityType, user.Id, null, new { user.Email, CodesLeft = await users.CountRecoveryCodesAsync(user) });
        await db.SaveChangesAsync();
    }

    /// <summary>Codes are typed with spaces or dashes as the app groups them; only the characters count.</summary>
    public static string Normalize(string? code) => (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>The otpauth URI that authenticator apps read from the QR code.</summary>
    public static string AuthenticatorUri(string email, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30");

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return result.ToString().TrimEnd().ToLowerInvariant();
    }


}
