using System.Security.Cryptography;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace ExpertNetwork.Infrastructure.Identity;

public sealed record StaffAccountResult(bool Succeeded, bool Created, string? GeneratedPassword, IReadOnlyList<string> Errors);

/// <summary>Creates staff users (or resets their password) for the CLI and the demo.</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users)
{
    public async Task<StaffAccountResult> CreateOrResetAsync(string? email, string? role, string? displayName, string? password)
    {
        string normalized;
        try
        {
            normalized = Emails.Normalize(email);
        }
        catch (DomainRuleException ex)
        {
            return Fail(ex.Message);
        }
        var canonicalRole = StaffRoles.Parse(role);
        if (canonicalRole is null)
            return Fail($"'{role}' is not a role. Use one of: {string.Join(", ", StaffRoles.All)}.");

        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        var secret = password is { Length: > 0 } ? password : generated!;
        var user = await users.FindByEmailAsync(normalized);
        var created = user is null;
        IdentityResult result;
        if (user is null)
        {
            user = new StaffUser { UserName = normalized, Email = normalized, EmailConfirmed = true, DisplayName = displayName ?? normalized };
            result = await users.CreateAsync(user, secret);
        }
        else
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            result = await users.ResetPasswordAsync(user, token, secret);
            if (result.Succeeded)
                await users.SetLockoutEndDateAsync(user, null);
        }
        if (!result.Succeeded)
            return Fail(result.Errors.Select(e => e.Description).ToArray());

        foreach (var existing in (await users.GetRolesAsync(user)).Where(r => r != canonicalRole).ToList())
            await users.RemoveFromRoleAsync(user, existing);
        if (!await users.IsInRoleAsync(user, canonicalRole))
            await users.AddToRoleAsync(user, canonicalRole);
        return new StaffAccountResult(true, created, generated, []);
    }

    public async Task<bool> ExistsAsync(string email) => await users.FindByEmailAsync(email) is not null;

    /// <summary>A password that meets the policy: 20 characters from letters, digits and symbols, each class present.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        const string symbols = "!#%+-=?@";
        var all = lower + upper + digits + symbols;
        var chars = new char[20];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static StaffAccountResult Fail(params string[] errors) => new(false, false, null, errors);
}
