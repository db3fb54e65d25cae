namespace ExpertNetwork.Application.Experts;

internal static class ExpertSpecialties
{
    public static async Task EnsureExistAsync(IAppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var found = await db.Specialties.AsNoTracking().CountAsync(s => wanted.Contains(s.Id), cancellationToken);
        if (found != wanted.Count)
            throw Refusal.Invalid("One of the chosen specialties does not exist (any more). Choose from the taxonomy shown.", "SpecialtyIds");
    }
}
