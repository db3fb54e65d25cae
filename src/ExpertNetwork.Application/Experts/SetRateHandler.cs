namespace ExpertNetwork.Application.Experts;

public sealed record SetRateCommand(Guid ExpertId, RateInput Rate);

/// <summary>
/// Adds a line to the expert's rate card. Periods for one activity may not overlap; a new open-ended rate closes the
/// open-ended one before it. Earlier lines are never removed, so the history stays visible.
/// </summary>
public sealed class SetRateHandler(IAppDbContext db)
{
    public async Task HandleAsync(SetRateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var expertId = command.ExpertId;
        var input = command.Rate;
        ArgumentNullException.ThrowIfNull(input);
        var expert = await ExpertLoading.LoadForEditAsync(db, expertId, null, cancellationToken);
        var from = input.From ?? throw Refusal.Invalid("The first day of the rate is required.", "From");
        var amount = input.Amount ?? throw Refusal.Invalid("The hourly rate is required.", "Amount");
        expert.SetRate(input.Activity ?? throw Refusal.Invalid("The activity is required.", "Activity"),
            new Money(amount, input.Currency), new DateRange(from, input.To));
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
