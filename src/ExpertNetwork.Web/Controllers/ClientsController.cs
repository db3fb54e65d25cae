using ExpertNetwork.Application.Clients;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

[Authorize(Policy = WebComposition.ClientReadersPolicy)]
[Route("clients")]
public sealed class ClientsController(ListClientsHandler list, GetClientHandler getClient) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = PagerModel.Read(page, pageSize);
        return View(await list.HandleAsync(new ListClientsQuery(number, size), cancellationToken));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) =>
        await getClient.HandleAsync(new GetClientQuery(id), cancellationToken) is { } client ? View(client) : NotFound();

    [HttpGet("new")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public IActionResult Create() => View("Edit", new ClientFormViewModel { Input = new ClientInput { Currency = "USD" } });

    [HttpPost("new")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public async Task<IActionResult> Create(ClientFormViewModel form, [FromServices] CreateClientHandler create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = null;
        form.Input.RestrictedCompanies = ClientFormViewModel.ParseLines(form.RestrictedCompaniesText);
        return await this.OrFormAsync(async () =>
        {
            var id = await create.HandleAsync(new CreateClientCommand(form.Input), cancellationToken);
            TempData["Notice"] = $"{form.Input.Name.Trim()} is recorded. Open its first project next.";
            return Redirect($"/clients/{id}");
        }, () => View("Edit", form), fieldPrefix: "Input");
    }

    [HttpGet("{id:guid}/edit")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        if (await getClient.HandleAsync(new GetClientQuery(id), cancellationToken) is not { } c)
            return NotFound();
        return View(new ClientFormViewModel
        {
            Id = id,
            Version = c.Version,
            Input = new ClientInput
            {
                Name = c.Name, LegalName = c.LegalName, BillingEmail = c.BillingEmail, BillingAddress = c.BillingAddress,
                CountryCode = c.CountryCode, Currency = c.Currency, VatRatePercent = c.VatRate * 100m, ReverseCharge = c.ReverseCharge,
                VatNumber = c.VatNumber, RequiresClientNda = c.RequiresClientNda,
            },
            RestrictedCompaniesText = string.Join("\n", c.RestrictedCompanies),
        });
    }

    [HttpPost("{id:guid}/edit")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public async Task<IActionResult> Edit(Guid id, ClientFormViewModel form, [FromServices] UpdateClientHandler update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = id;
        form.Input.RestrictedCompanies = ClientFormViewModel.ParseLines(form.RestrictedCompaniesText);
        return await this.OrFormAsync(async () =>
        {
            await update.HandleAsync(new UpdateClientCommand(id, form.Version, form.Input), cancellationToken);
            TempData["Notice"] = "The client is saved.";
            return Redirect($"/clients/{id}");
        }, () => View(form), fieldPrefix: "Input");
    }

    [HttpPost("{id:guid}/archive")]
    [Authorize(Policy = WebComposition.ClientEditorsPolicy)]
    public Task<IActionResult> Archive(Guid id, int version, [FromServices] ArchiveClientHandler archive, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/clients/{id}", () => archive.HandleAsync(new ArchiveClientCommand(id, version), cancellationToken), "The client is archived.");
}
