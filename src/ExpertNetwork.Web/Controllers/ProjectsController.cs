using ExpertNetwork.Application.Clients;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

[Authorize(Policy = WebComposition.ClientReadersPolicy)]
[Route("projects")]
public sealed class ProjectsController(ListProjectsHandler list, GetProjectHandler getProject, ListClientsHandler clients, ListSpecialtiesHandler specialties) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = PagerModel.Read(page, pageSize);
        return View(await list.HandleAsync(new ListProjectsQuery(number, size), cancellationToken));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] GetProjectStaffingHandler staffing, [FromServices] IClock clock, CancellationToken cancellationToken)
    {
        if (await getProject.HandleAsync(new GetProjectQuery(id), cancellationToken) is not { } project)
            return NotFound();
        return View(new ProjectPageViewModel(project, await staffing.HandleAsync(new GetProjectStaffingQuery(id), cancellationToken), DateOnly.FromDateTime(clock.UtcNow)));
    }

    [HttpPost("{id:guid}/complete")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public Task<IActionResult> Complete(Guid id, VersionedChangeForm form, [FromServices] EndProjectHandler end, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/projects/{id}", () => end.HandleAsync(new CompleteProjectCommand(id, form.Version!.Value), cancellationToken), "The project is completed. It keeps its history and takes no further changes.");

    [HttpPost("{id:guid}/cancel")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public Task<IActionResult> Cancel(Guid id, ReasonedChangeForm form, [FromServices] EndProjectHandler end, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/projects/{id}", () => end.HandleAsync(new CancelProjectCommand(id, form.Version!.Value, form.Reason), cancellationToken), "The project is cancelled. It keeps its history and takes no further changes.");

    [HttpGet("new")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public async Task<IActionResult> Create(Guid? clientId, CancellationToken cancellationToken)
    {
        var form = await WithChoicesAsync(new ProjectFormViewModel
        {
            Input = new ProjectInput { ClientId = clientId, TimeZoneId = "Europe/London", Confidentiality = ConfidentialityLevel.Confidential },
        }, cancellationToken);
        if (form.Clients.FirstOrDefault(c => c.Id == clientId) is { } client)
            form.Input.Currency = client.Currency;
        return View("Edit", form);
    }

    [HttpPost("new")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public async Task<IActionResult> Create(ProjectFormViewModel form, [FromServices] CreateProjectHandler create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = null;
        return await this.OrFormAsync(async () =>
        {
            var id = await create.HandleAsync(new CreateProjectCommand(form.Input), cancellationToken);
            TempData["Notice"] = $"{form.Input.Name.Trim()} is open. Add its price list next.";
            return Redirect($"/projects/{id}");
        }, async () => View("Edit", await WithChoicesAsync(form, cancellationToken)), fieldPrefix: "Input");
    }

    [HttpGet("{id:guid}/edit")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        if (await getProject.HandleAsync(new GetProjectQuery(id), cancellationToken) is not { } p)
            return NotFound();
        return View(await WithChoicesAsync(new ProjectFormViewModel
        {
            Id = id,
            Version = p.Version,
            ClientName = p.ClientName,
            Input = new ProjectInput
            {
                ClientId = p.ClientId, Name = p.Name, Code = p.Code, DomainSpecialtyId = p.DomainSpecialtyId, Description = p.Description,
                ExpertBrief = p.ExpertBrief, Confidentiality = p.Confidentiality, RequiresConflictDeclaration = p.RequiresConflictDeclaration,
                Budget = p.Budget, Currency = p.Currency, TimeZoneId = p.TimeZoneId, Start = p.Start, End = p.End,
            },
        }, cancellationToken));
    }

    [HttpPost("{id:guid}/edit")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public async Task<IActionResult> Edit(Guid id, ProjectFormViewModel form, [FromServices] UpdateProjectHandler update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = id;
        return await this.OrFormAsync(async () =>
        {
            await update.HandleAsync(new UpdateProjectCommand(id, form.Version, form.Input), cancellationToken);
            TempData["Notice"] = "The project is saved.";
            return Redirect($"/projects/{id}");
        }, async () =>
        {
            form.ClientName ??= (await getProject.HandleAsync(new GetProjectQuery(id), cancellationToken))?.ClientName;
            return View(await WithChoicesAsync(form, cancellationToken));
        }, fieldPrefix: "Input");
    }

    [HttpPost("{id:guid}/prices")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public Task<IActionResult> AddPrice(Guid id, PriceListEntryInput price, [FromServices] AddPriceListEntryHandler handler, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/projects/{id}", () => handler.HandleAsync(new AddPriceListEntryCommand(id, price), cancellationToken),
            "The bill rate is added to the price list.");

    private async Task<ProjectFormViewModel> WithChoicesAsync(ProjectFormViewModel form, CancellationToken cancellationToken)
    {
        form.Clients = (await clients.HandleAsync(cancellationToken)).Where(c => !c.IsArchived || c.Id == form.Input.ClientId).ToList();
        form.Specialties = await specialties.HandleAsync(cancellationToken);
        form.TimeZones = ExpertFormViewModel.IanaTimeZones;
        return form;
    }
}
