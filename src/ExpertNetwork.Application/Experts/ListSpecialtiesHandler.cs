namespace ExpertNetwork.Application.Experts;

public sealed record SpecialtyOption(Guid Id, string Name, string Path, int Depth);

public sealed class ListSpecialtiesHandler(IAppDbContext db)
{
    /// <returns>The whole taxonomy in tree order (each node right after its parent).</returns>
    public async Task<IReadOnlyList<SpecialtyOption>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Specialties.AsNoTracking()
            .OrderBy(s => s.Path)
            .Select(s => new SpecialtyOption(s.Id, s.Name, s.Path, s.Depth))
            .ToListAsync(cancellationToken);
}
