using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

[Authorize(Policy = WebComposition.ExpertReadersPolicy)]
[Route("experts")]
public sealed class ExpertsController(
    SearchExpertsHandler search, GetExpertHandler getExpert, ListSpecialtiesHandler specialties, ListNdaTemplatesHandler ndaTemplates, GetSignedNdaHandler signedNdas) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ExpertSearch query, CancellationToken cancellationToken)
    {
        var options = await specialties.HandleAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            // Show what was wrong with the filters and an unfiltered first page, rather than an error page.
            query = new ExpertSearch();
        }
        else if (query.SpecialtyId is { } id && options.All(o => o.Id != id))
        {
            ModelState.AddModelError(nameof(ExpertSearch.SpecialtyId), "That specialty does not exist.");
            query.SpecialtyId = null;
        }
        var results = await search.HandleAsync(query, cancellationToken);
        if (results.Page > results.TotalPages && results.TotalCount > 0)
        {
            query.Page = results.TotalPages;
            results = await search.HandleAsync(query, cancellationToken);
        }
        return View(new ExpertsIndexViewModel(query, results, options));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var expert = await getExpert.HandleAsync(id, cancellationToken);
        if (expert is null)
            return NotFound();
        if (User.IsInRole(StaffRoles.Admin) || User.IsInRole(StaffRoles.Compliance))
            ViewData["SendableNdas"] = await ndaTemplates.SendableAsync(cancellationToken);
        return View(expert);
    }

    /// <summary>The stored signed PDF of an NDA (document, signature block, evidence page).</summary>
    [HttpGet("{id:guid}/ndas/{ndaId:guid}/signed.pdf")]
    public async Task<IActionResult> SignedNda(Guid id, Guid ndaId, CancellationToken cancellationToken)
    {
        var file = await signedNdas.ForStaffAsync(id, ndaId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, "application/pdf", file.FileName);
    }
}
