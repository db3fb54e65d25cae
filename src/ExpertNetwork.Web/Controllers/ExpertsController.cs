using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

[Authorize(Policy = WebComposition.ExpertReadersPolicy)]
[Route("experts")]
public sealed class ExpertsController(
    SearchExpertsHandler search, GetExpertHandler getExpert, ListSpecialtiesHandler specialties, ListSendableNdasHandler sendableNdas, GetSignedNdaHandler signedNdas,
    IAuthorizationService authorization) : Controller
{
    /// <summary>The largest evidence upload request: the 10 MB file plus room for the form's other fields and multipart framing.</summary>
    public const long MaxEvidenceRequestBytes = EvidenceFiles.MaxBytes + 256 * 1024;

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
    public async Task<IActionResult> Details(Guid id, [FromServices] IClock clock, CancellationToken cancellationToken)
    {
        var expert = await getExpert.HandleAsync(new GetExpertQuery(id), cancellationToken);
        if (expert is null)
            return NotFound();
        var canManageNdas = (await authorization.AuthorizeAsync(User, WebComposition.ComplianceOfficersPolicy)).Succeeded;
        var sendable = canManageNdas ? await sendableNdas.HandleAsync(cancellationToken) : [];
        return View(new ExpertPageViewModel(expert, DateOnly.FromDateTime(clock.UtcNow), canManageNdas, sendable));
    }

    /// <summary>The stored signed PDF of an NDA (document, signature block, evidence page).</summary>
    [HttpGet("{id:guid}/ndas/{ndaId:guid}/signed.pdf")]
    public async Task<IActionResult> SignedNda(Guid id, Guid ndaId, CancellationToken cancellationToken)
    {
        var file = await signedNdas.HandleAsync(new GetSignedNdaQuery(id, ndaId), cancellationToken);
        return file is null ? NotFound() : File(file.Content, "application/pdf", file.FileName);
    }

    [HttpGet("new")]
    [Authorize(Policy = WebComposition.ExpertEditorsPolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await WithChoicesAsync(new ExpertFormViewModel
        {
            Input = new ExpertProfileInput { TimeZoneId = "Europe/London", CountryCode = "GB", WeeklyCapacityHours = 10m },
            LanguagesText = "en",
        }, cancellationToken));

    [HttpPost("new")]
    [Authorize(Policy = WebComposition.ExpertEditorsPolicy)]
    public async Task<IActionResult> Create(ExpertFormViewModel form, [FromServices] CreateExpertHandler create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = null;
        form.Input.Languages = [.. ExpertFormViewModel.ParseLanguages(form.LanguagesText)];
        form.Input.Employers = ExpertFormViewModel.ParseEmployers(form.EmployersText);
        return await this.OrFormAsync(async () =>
        {
            var id = await create.HandleAsync(new CreateExpertCommand(form.Input), cancellationToken);
            TempData["Notice"] = $"{form.Input.FullName.Trim()} is registered as an applicant. Add a credential next.";
            return Redirect($"/experts/{id}");
        }, async () => View("Edit", await WithChoicesAsync(form, cancellationToken)), fieldPrefix: "Input");
    }

    [HttpGet("{id:guid}/edit")]
    [Authorize(Policy = WebComposition.ExpertEditorsPolicy)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var expert = await getExpert.HandleAsync(new GetExpertQuery(id), cancellationToken);
        if (expert is null)
            return NotFound();
        var taxonomy = await specialties.HandleAsync(cancellationToken);
        return View(await WithChoicesAsync(new ExpertFormViewModel
        {
            Id = id,
            Version = expert.Version,
            Input = new ExpertProfileInput
            {
                FullName = expert.FullName, Email = expert.Email, Phone = expert.Phone, CountryCode = expert.CountryCode,
                TimeZoneId = expert.TimeZoneId, YearsOfExperience = expert.YearsOfExperience, WeeklyCapacityHours = expert.WeeklyCapacityHours,
                Headline = expert.Headline, Notes = expert.Notes,
                SpecialtyIds = taxonomy.Where(s => expert.Specialties.Contains(s.Path)).Select(s => s.Id).ToList(),
            },
            LanguagesText = string.Join(", ", expert.Languages),
            EmployersText = string.Join("\n", expert.Employers),
        }, cancellationToken));
    }

    [HttpPost("{id:guid}/edit")]
    [Authorize(Policy = WebComposition.ExpertEditorsPolicy)]
    public async Task<IActionResult> Edit(Guid id, ExpertFormViewModel form, [FromServices] UpdateExpertHandler update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = id;
        form.Input.Languages = [.. ExpertFormViewModel.ParseLanguages(form.LanguagesText)];
        form.Input.Employers = ExpertFormViewModel.ParseEmployers(form.EmployersText);
        return await this.OrFormAsync(async () =>
        {
            await update.HandleAsync(new UpdateExpertCommand(id, form.Version, form.Input, await MayChangeEmailAsync()), cancellationToken);
            TempData["Notice"] = "The profile is saved.";
            return Redirect($"/experts/{id}");
        }, async () => View(await WithChoicesAsync(form, cancellationToken)), fieldPrefix: "Input");
    }

    [HttpPost("{id:guid}/status/{change}")]
    [Authorize(Policy = WebComposition.ComplianceReviewersPolicy)]
    public Task<IActionResult> ChangeStatus(Guid id, ExpertStatusChange change, StatusChangeForm form, [FromServices] ChangeExpertStatusHandler handler, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/experts/{id}", () => handler.HandleAsync(new ChangeExpertStatusCommand(id, change, form?.Reason, form?.Version), cancellationToken), change switch
        {
            ExpertStatusChange.MarkVetted => "The expert is vetted.",
            ExpertStatusChange.Activate => "The expert is active and can be offered work.",
            ExpertStatusChange.Suspend => "The expert is suspended.",
            ExpertStatusChange.Reinstate => "The expert is reinstated.",
            _ => "The expert is archived.",
        });

    [HttpPost("{id:guid}/credentials")]
    [Authorize(Policy = WebComposition.ComplianceReviewersPolicy)]
    [RequestSizeLimit(MaxEvidenceRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxEvidenceRequestBytes)]
    public Task<IActionResult> AddCredential(Guid id, CredentialInput credential, IFormFile? evidence, [FromServices] AddCredentialHandler handler, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/experts/{id}", async () =>
        {
            await using var content = evidence?.OpenReadStream();
            await handler.HandleAsync(new AddCredentialCommand(id, credential, content is null ? null : new EvidenceUpload(evidence!.FileName, content)), cancellationToken);
        }, evidence is null ? "The credential is recorded and waits for review." : "The credential and its evidence are recorded and wait for review.");

    [HttpPost("{id:guid}/credentials/{credentialId:guid}/evidence")]
    [Authorize(Policy = WebComposition.ComplianceReviewersPolicy)]
    [RequestSizeLimit(MaxEvidenceRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxEvidenceRequestBytes)]
    public Task<IActionResult> AttachEvidence(Guid id, Guid credentialId, IFormFile? evidence, [FromServices] AttachEvidenceHandler handler, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/experts/{id}", async () =>
        {
            if (evidence is null)
                throw Refusal.Invalid("Choose the evidence file to upload.", "Evidence");
            await using var content = evidence.OpenReadStream();
            await handler.HandleAsync(new AttachEvidenceCommand(credentialId, new EvidenceUpload(evidence.FileName, content)), cancellationToken);
        }, "The evidence is attached.");

    /// <summary>The evidence as a download (never shown inline, never sniffed by the browser), for compliance and admins only.</summary>
    [HttpGet("{id:guid}/credentials/{credentialId:guid}/evidence")]
    [Authorize(Policy = WebComposition.ComplianceReviewersPolicy)]
    public async Task<IActionResult> Evidence(Guid id, Guid credentialId, [FromServices] GetEvidenceHandler handler, CancellationToken cancellationToken)
    {
        var evidence = await handler.HandleAsync(new GetEvidenceQuery(credentialId), cancellationToken);
        if (evidence is null)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(evidence.Content, evidence.ContentType, evidence.FileName);
    }

    [HttpPost("{id:guid}/credentials/{credentialId:guid}/verify")]
    [Authorize(Policy = WebComposition.ComplianceReviewersPolicy)]
    public Task<IActionResult> VerifyCredential(Guid id, Guid credentialId, [FromServices] ReviewCredentialHandler handler, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/experts/{id}", () => handler.HandleAsync(new VerifyCredentialCommand(credentialId), cancellationToken), "The credential is verified.");

    [HttpPost("{id:guid}/credentials/{credentialId:guid}/reject")]
    [Authorize(Policy = WebComposition.ComplianceReviewersPolicy)]
    public Task<IActionResult> RejectCredential(Guid id, Guid credentialId, StatusChangeForm form, [FromServices] ReviewCredentialHandler handler, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/experts/{id}", () => handler.HandleAsync(new RejectCredentialCommand(credentialId, form?.Reason), cancellationToken), "The credential is rejected.");

    [HttpPost("{id:guid}/rates")]
    [Authorize(Policy = WebComposition.ExpertEditorsPolicy)]
    public Task<IActionResult> SetRate(Guid id, RateInput rate, [FromServices] SetRateHandler handler, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/experts/{id}", () => handler.HandleAsync(new SetRateCommand(id, rate), cancellationToken), "The rate is added to the rate card.");

    [HttpPost("{id:guid}/blackouts")]
    [Authorize(Policy = WebComposition.ExpertEditorsPolicy)]
    public Task<IActionResult> AddBlackout(Guid id, BlackoutInput blackout, [FromServices] ChangeBlackoutsHandler handler, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/experts/{id}", () => handler.HandleAsync(new AddBlackoutCommand(id, blackout), cancellationToken), "The unavailable days are recorded.");

    [HttpPost("{id:guid}/blackouts/{blackoutId:guid}/remove")]
    [Authorize(Policy = WebComposition.ExpertEditorsPolicy)]
    public Task<IActionResult> RemoveBlackout(Guid id, Guid blackoutId, [FromServices] ChangeBlackoutsHandler handler, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/experts/{id}", () => handler.HandleAsync(new RemoveBlackoutCommand(id, blackoutId), cancellationToken), "The unavailable days are removed.");


    private async Task<ExpertFormViewModel> WithChoicesAsync(ExpertFormViewModel form, CancellationToken cancellationToken)
    {
        form.Specialties = await specialties.HandleAsync(cancellationToken);
        form.TimeZones = ExpertFormViewModel.IanaTimeZones;
        form.MayChangeEmail = form.Id is null || await MayChangeEmailAsync();
        return form;
    }

    private async Task<bool> MayChangeEmailAsync() =>
        (await authorization.AuthorizeAsync(User, WebComposition.ExpertEmailEditorsPolicy)).Succeeded;
}
