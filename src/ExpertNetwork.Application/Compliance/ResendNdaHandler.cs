using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;

namespace ExpertNetwork.Application.Compliance;

public sealed record ResendNdaCommand(Guid ExpertId, Guid AgreementId, int Version, int SignByDays);

/// <summary>Sends an unsigned NDA again with a new deadline and a new link; the link in earlier emails stops working.</summary>
public sealed class ResendNdaHandler(IAppDbContext db, IEmailOutbox outbox, ITemplateRenderer templates, IClock clock, StaffingOptions links)
{
    public async Task HandleAsync(ResendNdaCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (expertId, agreementId, version, signByDays) = command;
        if (signByDays is < SendNdaHandler.MinSignByDays or > SendNdaHandler.MaxSignByDays)
            throw Refusal.Invalid($"Give the expert between {SendNdaHandler.MinSignByDays} and {SendNdaHandler.MaxSignByDays} days to sign.", "SignByDays");
        var agreement = await db.NdaAgreements.SingleOrDefaultAsync(n => n.Id == agreementId && n.ExpertId == expertId, cancellationToken)
            ?? throw Refusal.NotFound("The NDA");
        if (agreement.Version != version)
            throw NdaChanges.ChangedMeanwhile();
        var context = await NdaAgreementContext.ForAsync(db, agreement, cancellationToken);
        var now = clock.UtcNow;
        var token = agreement.Resend(now.AddDays(signByDays), now);
        NdaRequestEmail.Enqueue(outbox, templates, context.Expert, context.Template, agreement, token, links.LinkBaseUrl);
        await NdaChanges.SaveAsync(db, cancellationToken);
    }
}
