using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>Compliance (and admins) send, resend and revoke an expert's NDAs from the expert's page.</summary>
[Authorize(Policy = WebComposition.ComplianceOfficersPolicy)]
[Route("experts/{expertId:guid}/ndas")]
public sealed class ExpertNdasController(SendNdaHandler send, ResendNdaHandler resend, RevokeNdaHandler revoke) : Controller
{
    [HttpPost("")]
    public Task<IActionResult> Send(Guid expertId, Guid templateId, int signByDays, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync(ExpertPage(expertId), async () =>
        {
            await send.HandleAsync(new SendNdaCommand(expertId, templateId, signByDays), cancellationToken);
            return $"The NDA is sent. The expert has {signByDays} days to sign it from the link in the email.";
        });

    [HttpPost("{ndaId:guid}/resend")]
    public Task<IActionResult> Resend(Guid expertId, Guid ndaId, int version, int signByDays, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync(ExpertPage(expertId), async () =>
        {
            await resend.HandleAsync(new ResendNdaCommand(expertId, ndaId, version, signByDays), cancellationToken);
            return $"The NDA is sent again with a new link; the link in the earlier email no longer works. New deadline: {signByDays} days.";
        });

    [HttpPost("{ndaId:guid}/revoke")]
    public Task<IActionResult> Revoke(Guid expertId, Guid ndaId, int version, string? reason, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync(ExpertPage(expertId), () => revoke.HandleAsync(new RevokeNdaCommand(expertId, ndaId, version, reason), cancellationToken),
            "The NDA is revoked. Its link now tells the expert that it was withdrawn.");

    private static string ExpertPage(Guid expertId) => $"/experts/{expertId}#ndas";
}
