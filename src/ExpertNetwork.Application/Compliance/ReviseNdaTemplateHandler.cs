namespace ExpertNetwork.Application.Compliance;

/// <summary>A new version of the NDA whose current version is <paramref name="CurrentId"/>, at the <paramref name="Version"/> the form was opened at.</summary>
public sealed record ReviseNdaTemplateCommand(Guid CurrentId, int Version, string? Body, int ValidityMonths);

/// <summary>
/// Publishes a new version of an NDA. It retires the current one in the same unit of work, so exactly one version of each
/// NDA can be sent; agreements keep pointing at the version they were sent with.
/// </summary>
public sealed class ReviseNdaTemplateHandler(IAppDbContext db, INdaDocuments documents, IClock clock)
{
    /// <returns>The new version's id.</returns>
    /// <exception cref="Refusal">
    /// The version does not exist or moved on since the form was opened, the text has problems, or nothing changed.
    /// </exception>
    public async Task<Guid> HandleAsync(ReviseNdaTemplateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await db.NdaTemplates.SingleOrDefaultAsync(t => t.Id == command.CurrentId, cancellationToken)
            ?? throw Refusal.NotFound("The NDA version");
        if (current.Version != command.Version)
            throw Refusal.Stale("This NDA version");
        NdaText.Check(documents, command.Body);
        var now = clock.UtcNow;
        var next = current.Revise(command.Body!, command.ValidityMonths, now);
        if (next.BodySha256 == current.BodySha256 && next.ValidityMonths == current.ValidityMonths)
            throw Refusal.Invalid("The text and validity are the same as the current version; change something to publish a new version.");
        current.Retire(now);
        db.NdaTemplates.Add(next);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw Refusal.Stale("This NDA version", ex);
        }
        return next.Id;
    }
}
