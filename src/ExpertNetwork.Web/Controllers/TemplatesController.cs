using System.Text.RegularExpressions;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>
/// Admins edit the email and document templates: preview with sample data, save as a new version (validated first),
/// view and restore older versions, send an email template to themselves. Template keys are <c>{kind}/{name}</c>.
/// </summary>
[Authorize(Policy = WebComposition.AdminsPolicy)]
[Route("admin/templates")]
public sealed partial class TemplatesController(GetTemplatesHandler list, GetTemplateHandler get, GetTemplateVersionHandler version) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await list.HandleAsync(cancellationToken));

    [HttpGet("{kind}/{name}")]
    public async Task<IActionResult> Edit(string kind, string name, CancellationToken cancellationToken)
    {
        var template = await get.HandleAsync(new GetTemplateQuery(Key(kind, name)), cancellationToken);
        return View(new TemplateEditorViewModel(template, template.CurrentText, template.CurrentNumber, null, []));
    }

    [HttpPost("{kind}/{name}/preview")]
    public async Task<IActionResult> Preview(string kind, string name, string? text, int baseNumber, string? note,
        [FromServices] PreviewTemplateHandler preview, CancellationToken cancellationToken)
    {
        var template = await get.HandleAsync(new GetTemplateQuery(Key(kind, name)), cancellationToken);
        var outcome = preview.Handle(template.Template.Key, text);
        return View(nameof(Edit), new TemplateEditorViewModel(template, text ?? string.Empty, baseNumber, note, outcome.Errors, outcome.Preview));
    }

    [HttpPost("{kind}/{name}/preview.pdf")]
    public async Task<IActionResult> PreviewPdf(string kind, string name, string? text, int baseNumber, string? note,
        [FromServices] PreviewTemplateHandler preview, CancellationToken cancellationToken)
    {
        var template = await get.HandleAsync(new GetTemplateQuery(Key(kind, name)), cancellationToken);
        var (pdf, errors) = preview.HandlePdf(template.Template.Key, text);
        if (pdf is null)
            return View(nameof(Edit), new TemplateEditorViewModel(template, text ?? string.Empty, baseNumber, note, errors));
        return File(pdf.Pdf, "application/pdf", $"preview-{name}.pdf");
    }

    [HttpPost("{kind}/{name}")]
    public Task<IActionResult> Save(string kind, string name, string? text, int baseNumber, string? note,
        [FromServices] SaveTemplateHandler save, CancellationToken cancellationToken) =>
        this.OrFormAsync(async () =>
        {
            var saved = await save.HandleAsync(new SaveTemplateCommand(Key(kind, name), text, baseNumber, note), cancellationToken);
            TempData["Notice"] = $"Version {saved} is saved and in force from now on.";
            return RedirectToAction(nameof(Edit), new { kind, name });
        }, () => RefusedAsync(kind, name, text ?? string.Empty, baseNumber, note, cancellationToken));

    [HttpGet("{kind}/{name}/versions/{number:int}")]
    public async Task<IActionResult> Version(string kind, string name, int number, CancellationToken cancellationToken) =>
        View(await version.HandleAsync(new GetTemplateVersionQuery(Key(kind, name), number), cancellationToken));

    [HttpPost("{kind}/{name}/restore")]
    public Task<IActionResult> Restore(string kind, string name, int number, int baseNumber, string? note,
        [FromServices] RestoreTemplateVersionHandler restore, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync(Url.Action(nameof(Edit), new { kind, name })!, async () =>
        {
            var saved = await restore.HandleAsync(new RestoreTemplateVersionCommand(Key(kind, name), number, baseNumber, note), cancellationToken);
            return number == 0
                ? $"The shipped default is back in force (version {saved})."
                : $"Version {number} is back in force as version {saved}.";
        });

    [HttpPost("{kind}/{name}/test-email")]
    public Task<IActionResult> SendTest(string kind, string name, string? to,
        [FromServices] SendTemplateTestEmailHandler send, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync(Url.Action(nameof(Edit), new { kind, name })!, async () =>
        {
            var messageId = await send.HandleAsync(new SendTemplateTestEmailCommand(Key(kind, name), to), cancellationToken);
            return $"A test message to {to!.Trim()} is queued ({messageId}); it goes out on the next dispatch.";
        });

    private async Task<IActionResult> RefusedAsync(string kind, string name, string text, int baseNumber, string? note, CancellationToken cancellationToken)
    {
        var template = await get.HandleAsync(new GetTemplateQuery(Key(kind, name)), cancellationToken);
        // A save is stale when another version came into force after the editor was opened on its base version.
        var stale = template.CurrentNumber != baseNumber;
        var errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
        // After a conflict the editor is based on the version now in force, so saving again (after merging) replaces it knowingly.
        var basedOn = stale ? template.CurrentNumber : baseNumber;
        Response.StatusCode = stale ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Edit), new TemplateEditorViewModel(template, text, basedOn, note, errors));
    }

    private static string? Key(string kind, string name) =>
        SafeSegment().IsMatch(kind) && SafeSegment().IsMatch(name) ? kind + "/" + name : null;

    [GeneratedRegex("^[a-z][a-z0-9-]{0,60}$")]
    private static partial Regex SafeSegment();
}
