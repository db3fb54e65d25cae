namespace ExpertNetwork.Application.Clients;

public sealed record AddPriceListEntryCommand(Guid ProjectId, PriceListEntryInput Entry);

/// <summary>
/// Adds a bill rate to a project's price list. Periods for one tier and activity may not overlap; a new open-ended
/// rate ends the open-ended one before it. Earlier lines stay listed.
/// </summary>
public sealed class AddPriceListEntryHandler(IAppDbContext db)
{
    public async Task HandleAsync(AddPriceListEntryCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var projectId = command.ProjectId;
        var input = command.Entry;
        ArgumentNullException.ThrowIfNull(input);
        var project = await ClientLoading.LoadProjectForEditAsync(db, projectId, null, cancellationToken);
        var from = input.From ?? throw Refusal.Invalid("The first day of the rate is required.", "From");
        var amount = input.Amount ?? throw Refusal.Invalid("The hourly bill rate is required.", "Amount");
        project.SetBillRate(input.Tier ?? throw Refusal.Invalid("The tier is required.", "Tier"),
            input.Activity ?? throw Refusal.Invalid("The activity is required.", "Activity"),
            new Money(amount, project.Currency), new DateRange(from, input.To));
        await ClientLoading.SaveAsync(db, "This project", cancellationToken);
    }
}
