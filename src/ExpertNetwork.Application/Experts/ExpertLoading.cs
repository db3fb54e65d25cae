using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

internal static class ExpertLoading
{
    /// <summary>
    /// Loads the whole expert aggregate for a change. With an expected version, a copy that is already stale is
    /// refused at once, and the save checks the same version, so an edit racing another one is refused too.
    /// </summary>
    public static async Task<Expert> LoadForEditAsync(IAppDbContext db, Guid expertId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var expert = await db.Experts
            .Include(e => e.Languages).Include(e => e.Specialties).Include(e => e.Blackouts).Include(e => e.Rates).Include(e => e.Employers)
            .SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken)
            ?? throw Refusal.NotFound("The expert");
        if (expectedVersion is { } version)
        {
            if (expert.Version != version)
                throw Refusal.Stale("This expert");
            // The save's concurrency check compares with the version the caller edited, not the one just read.
            db.Entry(expert).Property(e => e.Version).OriginalValue = version;
        }
        return expert;
    }

    public static async Task<Credential> LoadCredentialAsync(IAppDbContext db, Guid credentialId, CancellationToken cancellationToken) =>
        await db.Credentials.SingleOrDefaultAsync(c => c.Id == credentialId, cancellationToken)
            ?? throw Refusal.NotFound("The credential");

    public static void EnsureNotArchived(Expert expert)
    {
        if (expert.Status == ExpertStatus.Archived)
            throw Refusal.Conflict("An archived expert cannot be changed.");
    }
}
