namespace ExpertNetwork.Application.Experts;

/// <summary>One email address belongs to one expert, in any letter case (addresses are stored normalised).</summary>
internal static class ExpertEmails
{
    public static async Task EnsureFreeAsync(IAppDbContext db, string email, Guid? exceptExpertId, CancellationToken cancellationToken)
    {
        var normalized = Emails.Normalize(email);
        if (await db.Experts.AsNoTracking().AnyAsync(e => e.Email == normalized && e.Id != exceptExpertId, cancellationToken))
            throw Taken(normalized);
    }

    /// <summary>
    /// Saves; when the save fails because another request took the same address in the meantime (the unique index
    /// refused it), says so in the same words as the check before the save.
    /// </summary>
    public static async Task SaveAsync(IAppDbContext db, string email, Guid expertId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            var normalized = Emails.Normalize(email);
            if (await db.Experts.AsNoTracking().AnyAsync(e => e.Email == normalized && e.Id != expertId, cancellationToken))
                throw Taken(normalized);
            throw;
        }
    }

    /// <summary>Another expert already has the address: a conflict about the Email field, in words for the person who typed it.</summary>
    public static Refusal Taken(string normalizedEmail) => Refusal.Conflict(
        $"Another expert is already registered with the email address {normalizedEmail}. Open that expert's profile instead of creating a second one.", "Email");
}
