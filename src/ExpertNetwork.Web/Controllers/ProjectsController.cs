using ExpertNetwork.Application.Clients;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
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
        return View(await list.HandleAsync(number, size, cancellationToken));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] GetProjectStaffingHandler staffing, [FromServices] IClock clock, CancellationToken cancellationToken)
    {
        if (await getProject.HandleAsync(id, cancellationToken) is not { } project)
            return NotFound();
        return View(new ProjectPageViewModel(project, await staffing.HandleAsync(id, cancellationToken), DateOnly.FromDateTime(clock.UtcNow)));
    }

    [HttpPost("{id:guid}/complete")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public Task<IActionResult> Complete(Guid id, VersionedChangeForm form, [FromServices] EndProjectHandler end, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/projects/{id}", () => end.CompleteAsync(id, form.Version!.Value, cancellationToken), "The project is completed. It keeps its history and takes no further changes.");

    [HttpPost("{id:guid}/cancel")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public Task<IActionResult> Cancel(Guid id, ReasonedChangeForm form, [FromServices] EndProjectHandler end, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/projects/{id}", () => end.CancelAsync(id, form.Version!.Value, form.Reason, cancellationToken), "The project is cancelled. It keeps its history and takes no further changes.");

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
        if (ModelState.IsValid)
        {
            try
            {
                var id = await create.HandleAsync(form.Input, cancellationToken);
                TempData["Notice"] = $"{form.Input.Name.Trim()} is open. Add its price list next.";
                return Redirect($"/projects/{id}");
            }
            catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                AddError(ex.Message);
            }
        }
        return View("Edit", await WithChoicesAsync(form, cancellationToken));
    }

    [HttpGet("{id:guid}/edit")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        if (await getProject.HandleAsync(id, cancellationToken) is not { } p)
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
        if (ModelState.IsValid)
        {
            try
            {
                await update.HandleAsync(id, form.Version, form.Input, cancellationToken);
                TempData["Notice"] = "The project is saved.";
                return Redirect($"/projects/{id}");
            }
            catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                AddError(ex.Message);
            }
            catch (Refusal ex) when (ex.Kind == RefusalKind.Stale)
            {
                AddError(ex.Message);
            }
        }
        form.ClientName ??= (await getProject.HandleAsync(id, cancellationToken))?.ClientName;
        return View(await WithChoicesAsync(form, cancellationToken));
    }

    [HttpPost("{id:guid}/prices")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public async Task<IActionResult> AddPrice(Guid id, PriceListEntryInput price, [FromServices] AddPriceListEntryHandler handler, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors)
                .Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "A value was not understood." : e.ErrorMessage).Distinct());
            return Redirect($"/projects/{id}");
        }
        try
        {
            await handler.HandleAsync(id, price, cancellationToken);
            TempData["Notice"] = "The bill rate is added to the price list.";
        }
        catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
        {
            TempData["Error"] = ex.Message;
        }
        catch (Refusal ex) when (ex.Kind == RefusalKind.Stale)
        {
            TempData["Error"] = ex.Message;
        }
        return Redirect($"/projects/{id}");
    }


    private void AddError(string message) => ModelState.AddModelError(string.Empty, message);

    private async Task<ProjectFormViewModel> WithChoicesAsync(ProjectFormViewModel form, CancellationToken cancellationToken)
    {
        form.Clients = (await clients.HandleAsync(cancellationToken)).Where(c => !c.IsArchived || c.Id == form.Input.ClientId).ToList();
        form.Specialties = await specialties.HandleAsync(cancellationToken);
        form.TimeZones = ExpertFormViewModel.IanaTimeZones;
        return form;
    }
}
