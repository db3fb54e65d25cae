using ExpertNetwork.Domain.Common;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace ExpertNetwork.Infrastructure.Identity;

/// <summary>
/// What every change to a staff user's Identity rows shares: the Identity calls and the audit event they record commit
/// in one transaction (or in the caller's), and a refused Identity call is a sentence, never a half-made change.
/// </summary>
internal static class IdentityChanges
{
    public static async Task<T> InTransactionAsync<T>(ExpertNetworkDbContext db, Func<Task<T>> work)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var inner = await work();
            await db.SaveChangesAsync();
            return inner;
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await work();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return result;
    }

    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw Refusal.Invalid(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Turns the second factor off and forgets the authenticator key and the recovery codes.</summary>
    public static async Task ClearSecondFactorAsync(UserManager<StaffUser> users, StaffUser user)
    {
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes"));
        Check(await users.ResetAuthenticatorKeyAsync(user));
    }
}
