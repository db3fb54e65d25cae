namespace ExpertNetwork.Application.Compliance;

public sealed record RevokeNdaCommand(Guid ExpertId, Guid AgreementId, int Version, string? Reason);

/// <summary>Withdraws a sent or signed NDA; its signing link then shows that it was withdrawn.</summary>
public sealed class RevokeNdaHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(RevokeNdaCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var agreement = await db.NdaAgreements.SingleOrDefaultAsync(n => n.Id == command.AgreementId && n.ExpertId == command.ExpertId, cancellationToken)
            ?? throw Refusal.NotFound("The NDA");
        if (agreement.Version != command.Version)
            throw NdaChanges.ChangedMeanwhile();
        agreement.Revoke(command.Reason!, clock.UtcNow);
        await NdaChanges.SaveAsync(db, cancellationToken);
    }
}
