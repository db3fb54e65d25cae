using System.Security.Cryptography;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Infrastructure.Identity;

public sealed record StaffAccountResult(bool Succeeded, bool Created, string? GeneratedPassword, IReadOnlyList<string> Errors);

/// <summary>A staff user as admins see them in lists.</summary>
public sealed record StaffUserRow(
    string Id, string Email, string DisplayName, string? Role, bool Enabled, bool TwoFactorEnabled, DateTime? LastSignInUtc, DateTime? DisabledUtc);

/// <summary>
/// The staff user lifecycle: create, reset, disable, enable, change role, reset the second factor. Each change is
/// committed together with its audit event (staff users are Identity rows, so the event is named here), or not at all.
/// Refusals are <see cref="Refusal"/>s whose message says what to do instead.
/// </summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, ExpertNetworkDbContext db, IClock clock, ICurrentActor actor)
{
    public const string EntityType = "StaffUser";

    /// <summary>For the CLI and the demo: creates the user, or gives an existing one a new password and this role.</summary>
    public async Task<StaffAccountResult> CreateOrResetAsync(string? email, string? role, string? displayName, string? password)
    {
        string normalized;
        try
        {
            normalized = Emails.Normalize(email);
        }
        catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
        {
            return Fail(ex.Message);
        }
        var canonicalRole = StaffRoles.Parse(role);
        if (canonicalRole is null)
            return Fail($"'{role}' is not a role. Use one of: {string.Join(", ", StaffRoles.All)}.");

        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        var secret = password is { Length: > 0 } ? password : generated!;
        try
        {
            var created = await IdentityChanges.InTransactionAsync(db, async () =>
            {
                var user = await users.FindByEmailAsync(normalized);
                if (user is null)
                {
                    await CreateUserAsync(normalized, displayName, canonicalRole, secret);
                    return true;
                }
                if (!await users.CheckPasswordAsync(user, secret))
                {
                    var token = await users.GeneratePasswordResetTokenAsync(user);
                    IdentityChanges.Check(await users.ResetPasswordAsync(user, token, secret));
                    db.RecordAuditEvent("PasswordReset", EntityType, user.Id, null, new { user.Email });
                }
                if (user.LockoutEnd is not null)
                    IdentityChanges.Check(await users.SetLockoutEndDateAsync(user, null));
                await SetRoleAsync(user, canonicalRole);
                return false;
            });
            return new StaffAccountResult(true, created, generated, []);
        }
        catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
        {
            return Fail(ex.Message.Split('\n'));
        }
    }

    public async Task<bool> ExistsAsync(string email) => await users.FindByEmailAsync(email) is not null;

    /// <summary>Creates a new user; an address that already has an account is refused. Returns the generated password, if any.</summary>
    public async Task<(StaffUserRow User, string? GeneratedPassword)> CreateAsync(string? email, string? role, string? displayName, string? password)
    {
        var normalized = Emails.Normalize(email);
        var canonicalRole = StaffRoles.Parse(role)
            ?? throw Refusal.Invalid($"'{role}' is not a role. Use one of: {string.Join(", ", StaffRoles.All)}.", "Role");
        if (await users.FindByEmailAsync(normalized) is not null)
            throw Refusal.Conflict($"{normalized} already has an account. Find it in the list to change its role or enable it.");
        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        var user = await IdentityChanges.InTransactionAsync(db, () => CreateUserAsync(normalized, displayName, canonicalRole, password is { Length: > 0 } ? password : generated!));
        return (await RowAsync(user), generated);
    }

    /// <summary>Disables the account: sign-in is refused and existing sessions end at their next check (within a minute).</summary>
    public async Task<StaffUserRow> DisableAsync(string emailOrId)
    {
        var user = await FindAsync(emailOrId);
        if (user.IsDisabled)
            throw Refusal.Conflict($"{user.Email} is already disabled.");
        if (user.Id == actor.Id)
            throw Refusal.Conflict("You cannot disable your own account. Ask another admin to do it.");
        if (await users.IsInRoleAsync(user, StaffRoles.Admin) && await EnabledAdminCountAsync() <= 1)
            throw Refusal.Conflict($"{user.Email} is the last enabled admin. Make another user an admin first, so someone can still manage staff.");
        await IdentityChanges.InTransactionAsync(db, async () =>
        {
            user.DisabledUtc = clock.UtcNow;
            IdentityChanges.Check(await users.UpdateAsync(user));
            // A new stamp invalidates every cookie issued before: the security stamp check signs them out.
            IdentityChanges.Check(await users.UpdateSecurityStampAsync(user));
            db.RecordAuditEvent("Disabled", EntityType, user.Id, new { Enabled = true }, new { user.Email, Enabled = false });
            return user;
        });
        return await RowAsync(user);
    }

    public async Task<StaffUserRow> EnableAsync(string emailOrId)
    {
        var user = await FindAsync(emailOrId);
        if (!user.IsDisabled)
            throw Refusal.Conflict($"{user.Email} is already enabled.");
        await IdentityChanges.InTransactionAsync(db, async () =>
        {
            user.DisabledUtc = null;
            IdentityChanges.Check(await users.UpdateAsync(user));
            IdentityChanges.Check(await users.SetLockoutEndDateAsync(user, null));
            IdentityChanges.Check(await users.ResetAccessFailedCountAsync(user));
            db.RecordAuditEvent("Enabled", EntityType, user.Id, new { Enabled = false }, new { user.Email, Enabled = true });
            return user;
        });
        return await RowAsync(user);
    }

    public async Task<StaffUserRow> ChangeRoleAsync(string emailOrId, string? role)
    {
        var user = await FindAsync(emailOrId);
        var canonicalRole = StaffRoles.Parse(role)
            ?? throw Refusal.Invalid($"'{role}' is not a role. Use one of: {string.Join(", ", StaffRoles.All)}.", "Role");
        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == canonicalRole)
            throw Refusal.Conflict($"{user.Email} already has the role {canonicalRole}.");
        if (current.Contains(StaffRoles.Admin) && canonicalRole != StaffRoles.Admin)
        {
            if (user.Id == actor.Id)
                throw Refusal.Conflict("You cannot take the Admin role from yourself. Ask another admin to do it.");
            if (!user.IsDisabled && await EnabledAdminCountAsync() <= 1)
                throw Refusal.Conflict($"{user.Email} is the last enabled admin. Make another user an admin first, so someone can still manage staff.");
        }
        await IdentityChanges.InTransactionAsync(db, async () =>
        {
            await SetRoleAsync(user, canonicalRole);
            // Roles are claims in the cookie: a new stamp makes open sessions pick up the new role at their next check.
            IdentityChanges.Check(await users.UpdateSecurityStampAsync(user));
            return user;
        });
        return await RowAsync(user);
    }

    /// <summary>For a user who lost their device: turns the second factor off and forgets the key and recovery codes.</summary>
    public async Task<StaffUserRow> ResetTwoFactorAsync(string emailOrId)
    {
        var user = await FindAsync(emailOrId);
        if (!user.TwoFactorEnabled && await users.GetAuthenticatorKeyAsync(user) is null)
            throw Refusal.Conflict($"{user.Email} has no authenticator to reset.");
        await IdentityChanges.InTransactionAsync(db, async () =>
        {
            await IdentityChanges.ClearSecondFactorAsync(users, user);
            db.RecordAuditEvent("TwoFactorReset", EntityType, user.Id, new { TwoFactorEnabled = true }, new { user.Email, TwoFactorEnabled = false });
            return user;
        });
        return await RowAsync(user);
    }

    public async Task<IReadOnlyList<StaffUserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.DisabledUtc, u.TwoFactorEnabled, u.LastSignInUtc })
            .ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(null, cancellationToken);
        return rows
            .Select(u => new StaffUserRow(u.Id, u.Email ?? string.Empty, u.DisplayName, roles.GetValueOrDefault(u.Id), u.DisabledUtc is null, u.TwoFactorEnabled, u.LastSignInUtc, u.DisabledUtc))
            .OrderBy(u => u.Email, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A user by email address or id; a sentence when there is none.</summary>
    public async Task<StaffUser> FindAsync(string? emailOrId)
    {
        var text = emailOrId?.Trim() ?? string.Empty;
        var user = text.Contains('@', StringComparison.Ordinal) ? await users.FindByEmailAsync(text) : await users.FindByIdAsync(text);
        return user ?? throw Refusal.Invalid($"There is no staff user '{text}'. Check the address with list-users or on the Users page.");
    }

    /// <summary>Records a completed sign-in for the users list; use, not a change, so it is not audited.</summary>
    public Task NoteSignInAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        return db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInUtc, now), cancellationToken);
    }

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

    private async Task<StaffUser> CreateUserAsync(string email, string? displayName, string role, string password)
    {
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName?.Trim() is { Length: > 0 } name ? name : email };
        IdentityChanges.Check(await users.CreateAsync(user, password));
        IdentityChanges.Check(await users.AddToRoleAsync(user, role));
        db.RecordAuditEvent("Created", EntityType, user.Id, null, new { user.Email, user.DisplayName, Role = role });
        return user;
    }

    private async Task SetRoleAsync(StaffUser user, string role)
    {
        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == role)
            return;
        foreach (var existing in current.Where(r => r != role))
            IdentityChanges.Check(await users.RemoveFromRoleAsync(user, existing));
        if (!current.Contains(role))
            IdentityChanges.Check(await users.AddToRoleAsync(user, role));
        db.RecordAuditEvent("RoleChanged", EntityType, user.Id, new { Role = string.Join(",", current) }, new { user.Email, Role = role });
    }

    private async Task<int> EnabledAdminCountAsync() =>
        (await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count(u => !u.IsDisabled);

    private async Task<StaffUserRow> RowAsync(StaffUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return new StaffUserRow(user.Id, user.Email ?? string.Empty, user.DisplayName, roles.FirstOrDefault(), !user.IsDisabled, user.TwoFactorEnabled, user.LastSignInUtc, user.DisabledUtc);
    }

    private async Task<Dictionary<string, string>> RolesByUserAsync(string? userId, CancellationToken cancellationToken)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userId == null || ur.UserId == userId
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p.Name).Order(StringComparer.Ordinal)));
    }

    /// <summary>Runs the Identity calls (each saves) and the audit events in one transaction: all of it commits, or none.</summary>


    private static StaffAccountResult Fail(params string[] errors) => new(false, false, null, errors);
}
