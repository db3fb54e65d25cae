namespace ExpertNetwork.Application.Email;

public sealed record ResendMessageCommand(Guid MessageId);

/// <summary>After the cause is fixed, an admin puts a dead-lettered or ambiguous message back in the queue.</summary>
public sealed class ResendMessageHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(ResendMessageCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var id = command.MessageId;
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw Refusal.NotFound("The message");
        message.Requeue(clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
    }
}
