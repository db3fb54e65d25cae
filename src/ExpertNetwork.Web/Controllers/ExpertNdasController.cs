using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Web.Controllers;

/// <summary>Compliance (and admins) send, resend and revoke an expert's NDAs from the expert's page.</summary>
[Authorize(Policy = WebComposition.ComplianceOfficersPolicy)]
[Route("experts/{expertId:guid}/ndas")]
public sealed class ExpertNdasController(SendNdaHandler send, ResendNdaHandler resend, RevokeNdaHandler revoke) : Controller
{
    [HttpPost("")]
    public Task<IActionResult> Send(Guid expertId, Guid templateId, int signByDays, CancellationToken cancellationToken) =>
        RunAsync(expertId, async () =>
        {
            await send.HandleAsync(expertId, templateId, signByDays, cancellationToken);
            return $"The NDA is sent. The expert has {signByDays} days to sign it from the link in the email.";
        });

    [HttpPost("{ndaId:guid}/resend")]
    public Task<IActionResult> Resend(Guid expertId, Guid ndaId, int version, int signByDays, CancellationToken cancellationToken) =>
        RunAsync(expertId, async () =>
        {
            await resend.HandleAsync(expertId, ndaId, version, signByDays, cancellationToken);
            return $"The NDA is sent again with a new link; the link in the earlier email no longer works. New deadline: {signByDays} days.";
        });

    [HttpPost("{ndaId:guid}/revoke")]
    public Task<IActionResult> Revoke(Guid expertId, Guid ndaId, int version, string? reason, CancellationToken cancellationToken) =>
        RunAsync(expertId, async () =>
        {
            await revoke.HandleAsync(expertId, ndaId, version, reason, cancellationToken);
            return "The NDA is revoked. Its link now tells the expert that it was withdrawn.";
        });

    // A refused action comes back to the expert's page with the reason; nothing was changed.
    private async Task<IActionResult> RunAsync(Guid expertId, Func<Task<string>> action)
    {
        try
        {
            TempData["Notice"] = await action();
        }
        catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
        {
            TempData["Error"] = ex.Message;
        }
        catch (Refusal ex) when (ex.Kind == RefusalKind.NotFound)
        {
            TempData["Error"] = ex.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = "Someone else changed this NDA at the same time. Check its status below and try again.";
        }
        return Redirect($"/experts/{expertId}#ndas");
    }
}
