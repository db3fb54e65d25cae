using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Web.Models;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>Ranked candidates for a staffing request, the "why not?" lookup, and the shortlist that sends offers.</summary>
[Authorize(Policy = WebComposition.StaffingPolicy)]
[Route("staffing/{id:guid}/candidates")]
public sealed class CandidatesController(RankCandidatesHandler rank, ExplainCandidateHandler explain, ExplainMatchingExpertsHandler explainMatching) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, [FromQuery] CandidatesQuery query, string? why, string? expertId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var model = new CandidatesPageViewModel { Why = why?.Trim() };
        if (!ModelState.IsValid)
        {
            // A page number that is not one (page=0, page=abc) shows the first page and says so.
            model.PageError = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)
                .FirstOrDefault(m => !string.IsNullOrEmpty(m)) ?? "That is not a page number; showing the first page.";
            if (!model.PageError.Contains("first page", StringComparison.Ordinal))
                model.PageError += " Showing the first page.";
            query = new CandidatesQuery { PageSize = query.PageSize is >= 1 and <= Paging.MaxPageSize ? query.PageSize : Paging.DefaultPageSize };
        }
        // A request that does not exist is the app's 404 page (the refusal filter).
        model.View = await rank.HandleAsync(new RankCandidatesQuery(id, query.Page, query.PageSize), cancellationToken);
        if (model.View.Candidates.Items.Count == 0 && query.Page > 1)
            model.PageError = $"There is no page {query.Page}: the candidates fill {model.View.Candidates.TotalPages} page{(model.View.Candidates.TotalPages == 1 ? "" : "s")}.";

        if (!string.IsNullOrEmpty(expertId))
        {
            if (Guid.TryParse(expertId, out var expert))
            {
                try
                {
                    model.WhyNot = [await explain.HandleAsync(new ExplainCandidateQuery(id, expert), cancellationToken)];
                }
                catch (Refusal missing) when (missing.Kind == RefusalKind.NotFound)
                {
                    model.WhyError = $"There is no expert with id {expert}.";
                }
            }
            else
            {
                model.WhyError = $"'{expertId}' is not an expert id.";
            }
        }
        else if (!string.IsNullOrEmpty(model.Why))
        {
            model.WhyNot = await explainMatching.HandleAsync(new ExplainMatchingExpertsQuery(id, model.Why), cancellationToken);
            if (model.WhyNot.Count == 0)
                model.WhyError = $"No expert's name or email contains \"{model.Why}\".";
        }
        return View(model);
    }
}
