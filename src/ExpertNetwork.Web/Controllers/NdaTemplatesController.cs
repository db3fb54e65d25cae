using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>NDA texts and their versions: compliance publishes a new version, which retires the current one.</summary>
[Authorize(Policy = WebComposition.ComplianceOfficersPolicy)]
[Route("compliance/nda-templates")]
public sealed class NdaTemplatesController(GetNdaTemplateVersionHandler getVersion, ListNdaClientsHandler clients) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ListNdaTemplatesHandler list, CancellationToken cancellationToken) =>
        View(await list.HandleAsync(cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Version(Guid id, CancellationToken cancellationToken)
    {
        if (await getVersion.HandleAsync(new GetNdaTemplateVersionQuery(id), cancellationToken) is not { } v)
            return NotFound();
        return View(new NdaTemplateVersionPageModel(v.View, v.Body,
            new ReviseNdaTemplateForm { Body = v.Body, ValidityMonths = v.View.ValidityMonths, Version = v.ConcurrencyVersion }));
    }

    [HttpPost("{id:guid}/revise")]
    public async Task<IActionResult> Revise(Guid id, ReviseNdaTemplateForm form, [FromServices] ReviseNdaTemplateHandler revise, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await getVersion.HandleAsync(new GetNdaTemplateVersionQuery(id), cancellationToken) is not { } v)
            return NotFound();
        return await this.OrFormAsync(async () =>
        {
            var next = await revise.HandleAsync(new ReviseNdaTemplateCommand(id, form.Version, form.Body, form.ValidityMonths), cancellationToken);
            TempData["Notice"] = $"Version {v.View.VersionNumber + 1} of {v.View.Name} is published; version {v.View.VersionNumber} is retired. NDAs already sent keep their version.";
            return Redirect($"/compliance/nda-templates/{next}");
        }, () =>
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Version", new NdaTemplateVersionPageModel(v.View, v.Body, form));
        });
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View(new NewNdaTemplatePageModel(new NewNdaTemplateForm(), await clients.HandleAsync(cancellationToken)));

    [HttpPost("new")]
    public async Task<IActionResult> New(NewNdaTemplateForm form, [FromServices] PublishNdaTemplateHandler publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await this.OrFormAsync(async () =>
        {
            var id = await publish.HandleAsync(new PublishNdaTemplateCommand(form.Name, form.Scope, form.ClientId, form.Body, form.ValidityMonths), cancellationToken);
            TempData["Notice"] = $"{form.Name!.Trim()} (version 1) is published and can be sent.";
            return Redirect($"/compliance/nda-templates/{id}");
        }, async () =>
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new NewNdaTemplatePageModel(form, await clients.HandleAsync(cancellationToken)));
        });
    }
}
