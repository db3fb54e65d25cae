using ExpertNetwork.Application.Invoicing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>What finance's invoice and payout pages share: reading bad filters into one sentence, and telling what an issue did.</summary>
internal static class FinancePages
{
    public static string? Problem(ModelStateDictionary modelState) => modelState.IsValid
        ? null
        : string.Join(" ", modelState.Values.SelectMany(v => v.Errors)
            .Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "A value was not understood." : e.ErrorMessage).Distinct());

    /// <summary>An export whose filters cannot be used: the problem page with the reason, status 422, no file.</summary>
    public static IActionResult Refused(Controller controller, string problem)
    {
        controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return controller.View("~/Views/Error/Problem.cshtml", new ProblemViewModel(422, "The filters were not understood", problem));
    }

    public static void Tell(ITempDataDictionary tempData, IssueOutcome outcome, string noun)
    {
        if (outcome.Issued.Count > 0)
        {
            var numbers = string.Join(", ", outcome.Issued.Select(i => i.Number));
            tempData["Notice"] = outcome.Issued.Count == 1 ? $"Issued {numbers}." : $"Issued {outcome.Issued.Count} {noun}s: {numbers}.";
        }
        if (outcome.Refused.Count > 0)
            tempData["Error"] = $"{outcome.Refused.Count} not issued: " + string.Join(" ", outcome.Refused.Select(r => r.Reason));
        if (outcome.Issued.Count == 0 && outcome.Refused.Count == 0)
            tempData["Error"] = "Nothing was issued.";
    }
}
