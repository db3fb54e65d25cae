using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// Turns refused business rules into clear answers instead of 500s: 409 problem details for the API, or the
/// message shown on the page for a form post. A concurrency conflict says someone else changed the record.
/// </summary>
internal sealed class DomainExceptionFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var (status, title, message) = context.Exception switch
        {
            DomainRuleException e => (StatusCodes.Status409Conflict, "The change was refused", e.Message),
            NotFoundException e => (StatusCodes.Status404NotFound, "Not found", e.Message),
            Application.Experts.DuplicateExpertEmailException e => (StatusCodes.Status409Conflict, "Duplicate email", e.Message),
            StaleEditException e => (StatusCodes.Status409Conflict, "Changed by someone else", e.Message),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Changed by someone else",
                "Someone else changed this record at the same time. Reload the page and try again."),
            _ => (0, string.Empty, string.Empty),
        };
        if (status == 0)
            return;

        if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            context.Result = new ObjectResult(new ProblemDetails { Status = status, Title = title, Detail = message, Instance = context.HttpContext.Request.Path })
            {
                StatusCode = status,
                ContentTypes = { "application/problem+json" },
            };
        }
        else
        {
            context.Result = new ViewResult
            {
                ViewName = "~/Views/Error/Problem.cshtml",
                StatusCode = status,
                ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<ProblemViewModel>(
                    new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState)
                {
                    Model = new ProblemViewModel(status, title, message),
                },
            };
        }
        context.ExceptionHandled = true;
    }
}

public sealed record ProblemViewModel(int Status, string Title, string Message);
