using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>Program managers send offers on a staffing request to the experts they shortlisted.</summary>
[Authorize(Policy = WebComposition.StaffingPolicy)]
[Route("staffing/{id:guid}/offers")]
public sealed class OffersController(SendOffersHandler send) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Send(Guid id, [FromForm] List<Guid>? expertIds, CancellationToken cancellationToken)
    {
        if (expertIds is not { Count: > 0 })
        {
            TempData["Notice"] = "No offers were sent: tick at least one expert first.";
            return Redirect($"/staffing/{id}");
        }
        var result = await send.HandleAsync(new SendOffersCommand(id, expertIds), cancellationToken);
        TempData["Notice"] = Summary(result);
        return Redirect($"/staffing/{id}");
    }

    /// <summary>"Sent 3 offers. Not sent to 1: Ada Lovelace (reason)."</summary>
    public static string Summary(SendOffersResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sent = result.Sent.Count switch
        {
            0 => "No offers were sent.",
            1 => "Sent 1 offer.",
            var n => $"Sent {n} offers.",
        };
        if (result.Refused.Count == 0)
            return sent;
        return sent + $" Not sent to {result.Refused.Count}: " + string.Join(" ", result.Refused.Select(r => $"{r.ExpertName} ({r.Reason.TrimEnd('.')})."));
    }
}
