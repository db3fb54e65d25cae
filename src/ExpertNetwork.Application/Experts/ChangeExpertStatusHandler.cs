using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

/// <summary>A status change for an expert; suspending and archiving need a reason; the version is the one the form showed, when there was a form.</summary>
public sealed record ChangeExpertStatusCommand(Guid ExpertId, ExpertStatusChange Change, string? Reason = null, int? ExpectedVersion = null);

/// <summary>
/// Moves an expert along Applicant -> Vetted -> Active, or suspends, reinstates or archives them (the last two with a
/// reason). Vetting is decided by the expert with their credentials (<see cref="Expert.MarkVetted"/>).
/// </summary>
public sealed class ChangeExpertStatusHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(ChangeExpertStatusCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var expertId = command.ExpertId;
        var change = command.Change;
        var reason = command.Reason;
        var expectedVersion = command.ExpectedVersion;
        var expert = await ExpertLoading.LoadForEditAsync(db, expertId, expectedVersion, cancellationToken);
        var now = clock.UtcNow;
        switch (change)
        {
            case ExpertStatusChange.MarkVetted:
                var credentials = await db.Credentials.AsNoTracking().Where(c => c.ExpertId == expertId).ToListAsync(cancellationToken);
                expert.MarkVetted(credentials, now);
                break;
            case ExpertStatusChange.Activate:
                expert.Activate(now);
                break;
            case ExpertStatusChange.Suspend:
                expert.Suspend(reason ?? string.Empty, now);
                break;
            case ExpertStatusChange.Reinstate:
                expert.Reinstate(now);
                break;
            case ExpertStatusChange.Archive:
                expert.Archive(reason ?? string.Empty, now);
                break;
            default:
                throw Refusal.Invalid($"'{change}' is not a status change.", "Change");
        }
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
