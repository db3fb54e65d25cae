using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>NDA texts and their versions: compliance publishes a new version, which retires the current one.</summary>
[Authorize(Policy = WebComposition.ComplianceOfficersPolicy)]
[Route("compliance/nda-templates")]
public sealed class NdaTemplatesController(ListNdaTemplatesHandler list, PublishNdaTemplateHandler publish) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await list.HandleAsync(cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Version(Guid id, CancellationToken cancellationToken)
    {
        var found = await list.VersionAsync(id, cancellationToken);
        if (found is not { } v)
            return NotFound();
        return View(new NdaTemplateVersionPageModel(v.View, v.Body,
            new ReviseNdaTemplateForm { Body = v.Body, ValidityMonths = v.View.ValidityMonths, Version = await VersionTokenAsync(id, cancellationToken) }, []));
    }

    [HttpPost("{id:guid}/revise")]
    public async Task<IActionResult> Revise(Guid id, ReviseNdaTemplateForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var found = await list.VersionAsync(id, cancellationToken);
        if (found is not { } v)
            return NotFound();
        IReadOnlyList<string> errors = [];
        if (ModelState.IsValid)
        {
            try
            {
                var result = await publish.ReviseAsync(id, form.Version, form.Body, form.ValidityMonths, cancellationToken);
                if (result.Published)
                {
                    TempData["Notice"] = $"Version {v.View.VersionNumber + 1} of {v.View.Name} is published; version {v.View.VersionNumber} is retired. NDAs already sent keep their version.";
                    return Redirect($"/compliance/nda-templates/{result.Id}");
                }
                errors = result.Errors;
            }
            catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                errors = [ex.Message];
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Version", new NdaTemplateVersionPageModel(v.View, v.Body, form, errors));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View(new NewNdaTemplatePageModel(new NewNdaTemplateForm(), await list.ClientsAsync(cancellationToken), []));

    [HttpPost("new")]
    public async Task<IActionResult> New(NewNdaTemplateForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        IReadOnlyList<string> errors = [];
        if (ModelState.IsValid)
        {
            try
            {
                var result = await publish.PublishNewAsync(form.Name, form.Scope, form.ClientId, form.Body, form.ValidityMonths, cancellationToken);
                if (result.Published)
                {
                    TempData["Notice"] = $"{form.Name!.Trim()} (version 1) is published and can be sent.";
                    return Redirect($"/compliance/nda-templates/{result.Id}");
                }
                errors = result.Errors;
            }
            catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                errors = [ex.Message];
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(new NewNdaTemplatePageModel(form, await list.ClientsAsync(cancellationToken), errors));
    }

    private async Task<int> VersionTokenAsync(Guid id, CancellationToken cancellationToken) =>
        await list.ConcurrencyVersionAsync(id, cancellationToken);
}
