namespace ExpertNetwork.Application.Experts;

public sealed record AddBlackoutCommand(Guid ExpertId, BlackoutInput Blackout);

public sealed record RemoveBlackoutCommand(Guid ExpertId, Guid BlackoutId);

/// <summary>Records or removes days an expert cannot work.</summary>
public sealed class ChangeBlackoutsHandler(IAppDbContext db)
{
    public async Task HandleAsync(AddBlackoutCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var expertId = command.ExpertId;
        var input = command.Blackout;
        ArgumentNullException.ThrowIfNull(input);
        var expert = await ExpertLoading.LoadForEditAsync(db, expertId, null, cancellationToken);
        expert.AddBlackout(new DateRange(input.From ?? throw Refusal.Invalid("The first day is required.", "From"),
            input.To ?? throw Refusal.Invalid("The last day is required.", "To")), input.Reason);
        await SaveAsync(cancellationToken);
    }

    public async Task HandleAsync(RemoveBlackoutCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var expertId = command.ExpertId;
        var blackoutId = command.BlackoutId;
        var expert = await ExpertLoading.LoadForEditAsync(db, expertId, null, cancellationToken);
        expert.RemoveBlackout(blackoutId);
        await SaveAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale("This expert");
        }
    }
}
