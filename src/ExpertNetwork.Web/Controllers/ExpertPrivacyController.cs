using System.Text.Json;
using System.Text.Json.Serialization;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Application.Experts.Privacy;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>An expert's data protection rights: a copy of their data, and erasure on request.</summary>
[Authorize(Policy = WebComposition.ComplianceOfficersPolicy)]
[Route("experts/{id:guid}")]
public sealed class ExpertPrivacyController(ExportExpertDataHandler exportData, EraseExpertHandler erase, GetExpertHandler getExpert) : Controller
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    [HttpGet("personal-data.json")]
    public async Task<IActionResult> PersonalData(Guid id, CancellationToken cancellationToken)
    {
        var data = await exportData.HandleAsync(new ExportExpertDataQuery(id), cancellationToken);
        return data is null ? NotFound() : File(JsonSerializer.SerializeToUtf8Bytes(data, JsonOptions), "application/json", $"expert-{id}-personal-data.json");
    }

    [HttpGet("erase")]
    public async Task<IActionResult> Erase(Guid id, CancellationToken cancellationToken)
    {
        var expert = await getExpert.HandleAsync(new GetExpertQuery(id), cancellationToken);
        return expert is null ? NotFound() : View(new EraseExpertViewModel(id, expert.FullName, null, null));
    }

    [HttpPost("erase")]
    public async Task<IActionResult> Erase(Guid id, string? typedName, string? reason, CancellationToken cancellationToken) =>
        await this.OrFormAsync(async () =>
        {
            await erase.HandleAsync(new EraseExpertCommand(id, typedName, reason), cancellationToken);
            return Redirect($"/experts/{id}");
        }, async () =>
        {
            var expert = await getExpert.HandleAsync(new GetExpertQuery(id), cancellationToken);
            if (expert is null)
                return NotFound();
            var refused = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            var view = View(new EraseExpertViewModel(id, expert.FullName, refused, reason));
            view.StatusCode = StatusCodes.Status409Conflict;
            return view;
        });
}
