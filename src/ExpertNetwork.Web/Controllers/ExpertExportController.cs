using System.Text;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Application.Experts.Import;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

[Authorize(Policy = WebComposition.ExpertReadersPolicy)]
[Route("experts")]
public sealed class ExpertExportController(ExportExpertsCsvHandler export, IClock clock) : Controller
{
    /// <summary>The experts the list's filters match, all pages, streamed as CSV in the import's columns.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Csv([FromQuery] ExpertSearch filters, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage);
            return View("~/Views/Error/Problem.cshtml", new ProblemViewModel(400, "The filters were not understood", string.Join(" ", problems)));
        }
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"experts-{clock.UtcNow:yyyy-MM-dd}.csv\"";
        // The byte order mark makes spreadsheets open the file as UTF-8; the import accepts it.
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024);
        await export.HandleAsync(new ExportExpertsCsvQuery(filters, writer), cancellationToken);
        return new EmptyResult();
    }
}
