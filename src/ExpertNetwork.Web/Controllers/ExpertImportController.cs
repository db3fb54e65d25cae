using System.Globalization;
using System.Security.Claims;
using System.Text;
using ExpertNetwork.Application.Experts.Import;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>CSV import of experts and their credentials: upload, preview every row, confirm, see what happened.</summary>
[Authorize(Policy = WebComposition.ComplianceOfficersPolicy)]
[Route("experts/import")]
public sealed class ExpertImportController(PreviewExpertImportHandler preview, ConfirmExpertImportHandler confirm, IDataProtectionProvider dataProtection) : Controller
{
    private readonly ImportTokens tokens = new(dataProtection);

    // Well above the import's own limit, so an oversized CSV gets the import's message rather than a bare 413.
    private const long UploadLimitBytes = 4 * CsvParser.MaxBytes;

    [HttpGet("")]
    public IActionResult Index() => View(new ExpertImportUploadViewModel(null));

    [HttpGet("template.csv")]
    [AllowAnonymous]
    public IActionResult Template() =>
        File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ExpertCsvColumns.Template())).ToArray(), "text/csv; charset=utf-8", "expert-import-template.csv");

    [HttpPost("preview")]
    [RequestSizeLimit(UploadLimitBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimitBytes)]
    public async Task<IActionResult> Preview(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
            return Refuse("Choose a CSV file to upload.");
        if (file.Length == 0)
            return Refuse("The file is empty. It needs a header row and at least one expert.");
        if (file.Length > CsvParser.MaxBytes)
            return Refuse(string.Create(CultureInfo.InvariantCulture, $"The file is {file.Length / (1024d * 1024d):0.#} MB; at most {CsvParser.MaxBytes / (1024 * 1024)} MB can be imported at once. Split it into smaller files."));

        return await this.OrFormAsync(async () =>
        {
            await using var content = file.OpenReadStream();
            var result = await preview.HandleAsync(new PreviewExpertImportCommand(content), cancellationToken);
            var token = result.StorageKey is null ? null : tokens.Issue(result.StorageKey, result.Sha256!, UserId);
            return View(new ExpertImportPreviewViewModel(Path.GetFileName(file.FileName), result.Report, token));
        }, RefuseWithModelErrors);
    }

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token, UserId) is not { } upload)
            return Refuse($"This preview has expired (a preview can be confirmed for {ImportTokens.Lifetime.TotalMinutes:0} minutes) or was not made by you. Upload the file again.");
        return await this.OrFormAsync(async () =>
        {
            var report = await confirm.HandleAsync(new ConfirmExpertImportCommand(upload.StorageKey, upload.Sha256), cancellationToken);
            return View("Result", new ExpertImportResultViewModel(report));
        }, RefuseWithModelErrors);
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    /// <summary>The upload page again with the refusal that OrFormAsync put on the form.</summary>
    private IActionResult RefuseWithModelErrors() =>
        Refuse(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct()));

    private ViewResult Refuse(string error)
    {
        var view = View("Index", new ExpertImportUploadViewModel(error));
        view.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }
}
