using ExpertNetwork.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// The one place a <see cref="Refusal"/> becomes an answer: its kind picks the status (the table in
/// <c>docs/architecture.md</c>), its sentence is the detail on the API and the message on a page, and its field is the
/// key of the error.
/// </summary>
public static class Refusals
{
    public const string ConcurrentChange = "Someone else changed this record at the same time. Reload the page and try again.";

    public static int StatusCodeOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.Stale => StatusCodes.Status412PreconditionFailed,
        RefusalKind.Busy => StatusCodes.Status503ServiceUnavailable,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string TitleOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => "The request was not accepted",
        RefusalKind.NotFound => "Not found",
        RefusalKind.Conflict => "The change was refused",
        RefusalKind.Stale => "Changed by someone else",
        RefusalKind.Busy => "Busy, try again",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The refusal an exception stands for at the edge, or null when it is not one. A concurrency conflict that escaped
    /// a use case is a conflict in the same words wherever it happens.
    /// </summary>
    public static Refusal? From(Exception exception) => exception switch
    {
        Refusal refusal => refusal,
        DbUpdateConcurrencyException concurrency => Refusal.Of(RefusalKind.Conflict, ConcurrentChange, innerException: concurrency),
        _ => null,
    };

    /// <summary>Puts the sentence on the form, under the refused field (with the form's prefix, such as <c>Input</c>) or above the form.</summary>
    public static void AddTo(ModelStateDictionary modelState, Refusal refusal, string? fieldPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.Fields.Count == 0)
        {
            modelState.AddModelError(string.Empty, refusal.Message);
            return;
        }
        foreach (var field in refusal.Fields)
            modelState.AddModelError(string.IsNullOrEmpty(fieldPrefix) ? field.Field : $"{fieldPrefix}.{field.Field}", field.Message);
    }

    /// <summary>The API's answer: validation problem details for invalid input (errors keyed by field), problem details otherwise.</summary>
    public static ObjectResult ToProblem(HttpContext httpContext, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(refusal);
        var status = StatusCodeOf(refusal.Kind);
        var factory = httpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        ProblemDetails problem;
        if (refusal.Kind == RefusalKind.Invalid)
        {
            var errors = new ModelStateDictionary();
            AddTo(errors, refusal);
            problem = factory.CreateValidationProblemDetails(httpContext, errors, status, TitleOf(refusal.Kind), detail: refusal.Message,
                instance: httpContext.Request.Path);
        }
        else
        {
            problem = factory.CreateProblemDetails(httpContext, status, TitleOf(refusal.Kind), detail: refusal.Message, instance: httpContext.Request.Path);
        }
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>
    /// A form post that goes back to its form when refused: runs <paramref name="attempt"/>; a refusal (other than
    /// not found, which is the app's 404 page) goes on the form and <paramref name="form"/> shows it again.
    /// </summary>
    public static Task<IActionResult> OrFormAsync(this Controller controller, Func<Task<IActionResult>> attempt, Func<Task<IActionResult>> form,
        string? fieldPrefix = null) =>
        controller.OrShowAsync(attempt, form, (modelState, refusal) => AddTo(modelState, refusal, fieldPrefix));

    /// <inheritdoc cref="OrFormAsync(Controller, Func{Task{IActionResult}}, Func{Task{IActionResult}}, string?)"/>
    public static Task<IActionResult> OrFormAsync(this Controller controller, Func<Task<IActionResult>> attempt, Func<IActionResult> form,
        string? fieldPrefix = null) =>
        controller.OrFormAsync(attempt, () => Task.FromResult(form()), fieldPrefix);

    /// <summary>
    /// A post from one of several small forms on a page with one message area above them: like
    /// <see cref="OrFormAsync(Controller, Func{Task{IActionResult}}, Func{Task{IActionResult}}, string?)"/>, but the
    /// refusal's whole sentence goes above the forms, whatever field it names.
    /// </summary>
    public static Task<IActionResult> OrPageAsync(this Controller controller, Func<Task<IActionResult>> attempt, Func<Task<IActionResult>> page) =>
        controller.OrShowAsync(attempt, page, (modelState, refusal) => modelState.AddModelError(string.Empty, refusal.Message));

    private static async Task<IActionResult> OrShowAsync(this Controller controller, Func<Task<IActionResult>> attempt, Func<Task<IActionResult>> form,
        Action<ModelStateDictionary, Refusal> show)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(form);
        if (controller.ModelState.IsValid)
        {
            try
            {
                return await attempt();
            }
            catch (Exception ex) when (From(ex) is { Kind: not RefusalKind.NotFound } refusal)
            {
                show(controller.ModelState, refusal);
            }
        }
        return await form();
    }
}

/// <summary>
/// Refusals that nothing nearer handled: problem details on the API; on a page, the problem page with the status and
/// the sentence ("Page not found" above the sentence for something that does not exist).
/// </summary>
internal sealed class RefusalFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (Refusals.From(context.Exception) is not { } refusal)
            return;
        if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            context.Result = Refusals.ToProblem(context.HttpContext, refusal);
        }
        else
        {
            var status = Refusals.StatusCodeOf(refusal.Kind);
            // Something that does not exist has the same heading as an address that matches nothing, with the sentence.
            var title = refusal.Kind == RefusalKind.NotFound ? "Page not found" : Refusals.TitleOf(refusal.Kind);
            context.Result = new ViewResult
            {
                ViewName = "~/Views/Error/Problem.cshtml",
                StatusCode = status,
                ViewData = new ViewDataDictionary<ProblemViewModel>(new EmptyModelMetadataProvider(), context.ModelState)
                {
                    Model = new ProblemViewModel(status, title, refusal.Message),
                },
            };
        }
        context.ExceptionHandled = true;
    }
}

public sealed record ProblemViewModel(int Status, string Title, string Message);
