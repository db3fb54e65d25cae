using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Compliance;

public sealed record SendNdaCommand(Guid ExpertId, Guid TemplateId, int SignByDays);

/// <summary>Compliance sends an NDA version to an expert: the agreement and the email with its signing link are saved together.</summary>
public sealed class SendNdaHandler(IAppDbContext db, IEmailOutbox outbox, ITemplateRenderer templates, IClock clock, StaffingOptions links)
{
    public const int MinSignByDays = 1;
    public const int MaxSignByDays = 60;

    /// <returns>The new agreement's id.</returns>
    public async Task<Guid> HandleAsync(SendNdaCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (expertId, templateId, signByDays) = command;
        if (signByDays is < MinSignByDays or > MaxSignByDays)
            throw Refusal.Invalid($"Give the expert between {MinSignByDays} and {MaxSignByDays} days to sign.", "SignByDays");
        var expert = await db.Experts.AsNoTracking().SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken)
            ?? throw Refusal.NotFound("The expert");
        if (expert.Status == ExpertStatus.Archived)
            throw Refusal.Conflict("This expert is archived; restore the profile before sending an NDA.");
        var template = await db.NdaTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken)
            ?? throw Refusal.Invalid("That NDA version does not exist; choose one from the list.", "TemplateId");
        var waiting = await db.NdaAgreements.AnyAsync(n => n.ExpertId == expertId && n.Status == NdaStatus.Sent
            && n.Scope == template.Scope && n.ClientId == template.ClientId, cancellationToken);
        if (waiting)
            throw Refusal.Conflict("An NDA of this kind is already waiting for this expert's signature. Resend it, or revoke it first.");

        var now = clock.UtcNow;
        var agreement = NdaAgreement.Send(expertId, template, template.ClientId, now.AddDays(signByDays), now);
        var token = agreement.IssueLink();
        db.NdaAgreements.Add(agreement);
        NdaRequestEmail.Enqueue(outbox, templates, expert, template, agreement, token, links.LinkBaseUrl);
        await db.SaveChangesAsync(cancellationToken);
        return agreement.Id;
    }
}
