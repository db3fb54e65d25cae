namespace ExpertNetwork.Domain.Messaging;

public enum OutboxAttemptOutcome
{
    Sent,
    TransientFailure,
    PermanentFailure,
    Ambiguous,
}
