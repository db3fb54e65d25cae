namespace ExpertNetwork.Application.Email;

/// <summary>
/// Queues mail in the caller's unit of work. <see cref="Enqueue"/> only adds the outbox row to the current context;
/// the use case's own SaveChangesAsync commits it together with the state change, so a use case that fails or rolls
/// back sends nothing. A background dispatcher sends committed rows.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>Adds the message to the outbox (not saved yet) and returns its Message-ID.</summary>
    string Enqueue(EmailMessage message);
}
