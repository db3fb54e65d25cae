using System.Security.Claims;
using ExpertNetwork.Application.Administration;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>Admin → Users and keys: staff accounts and API keys. Every change is a POST with antiforgery and is audited.</summary>
[Authorize(Policy = WebComposition.AdminsPolicy)]
[Route("admin/users")]
public sealed class StaffAdminController(StaffAccounts accounts, ListApiKeysHandler listKeys, SecurityOptions security) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await ModelAsync(cancellationToken));

    [HttpPost("")]
    public Task<IActionResult> Create([Bind(Prefix = "NewUser")] NewStaffUserForm form, CancellationToken cancellationToken) =>
        this.OrPageAsync(async () =>
        {
            var (user, generated) = await accounts.CreateAsync(form.Email, form.Role, form.DisplayName, form.Password);
            TempData["Notice"] = $"{user.Email} can now sign in as {user.Role}.";
            if (generated is not null)
                TempData["Secret"] = $"Password for {user.Email} (shown once; pass it on securely): {generated}";
            return RedirectToAction(nameof(Index));
        }, async () => View(nameof(Index), await ModelAsync(cancellationToken) with { NewUser = form }));

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id) =>
        ChangeAsync(async () => $"{(await accounts.DisableAsync(id)).Email} is disabled: they cannot sign in, and open sessions end within a minute.");

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id) =>
        ChangeAsync(async () => $"{(await accounts.EnableAsync(id)).Email} is enabled and can sign in again.");

    [HttpPost("{id}/role")]
    public Task<IActionResult> ChangeRole(string id, string? role) =>
        ChangeAsync(async () =>
        {
            var user = await accounts.ChangeRoleAsync(id, role);
            return $"{user.Email} now has the role {user.Role}.";
        });

    [HttpPost("{id}/reset-two-factor")]
    public Task<IActionResult> ResetTwoFactor(string id) =>
        ChangeAsync(async () => $"Two-factor sign-in is reset for {(await accounts.ResetTwoFactorAsync(id)).Email}; they set up a new authenticator at their next sign-in if their role requires one.");

    [HttpPost("/admin/api-keys")]
    public Task<IActionResult> IssueKey([Bind(Prefix = "NewKey")] NewApiKeyForm form, [FromServices] IssueApiKeyHandler issue, CancellationToken cancellationToken) =>
        this.OrPageAsync(async () =>
        {
            var issued = await issue.HandleAsync(new IssueApiKeyCommand(form.Name, form.Role, ApiKey.ExpiryAfterLastDay(form.ExpiresOn)), cancellationToken);
            TempData["Notice"] = $"API key '{issued.Name}' created with role {issued.Role}.";
            TempData["Secret"] = $"Key for '{issued.Name}' (shown once; store it now): {issued.Key}";
            return Redirect("/admin/users#api-keys");
        }, async () => View(nameof(Index), await ModelAsync(cancellationToken) with { NewKey = form }));

    [HttpPost("/admin/api-keys/{id:guid}/revoke")]
    public Task<IActionResult> RevokeKey(Guid id, [FromServices] RevokeApiKeyHandler revoke) =>
        ChangeAsync(async () => $"API key '{(await revoke.HandleAsync(new RevokeApiKeyCommand(id.ToString()), HttpContext.RequestAborted)).Name}' is revoked: requests with it get 401 from now on.", "#api-keys");

    [HttpPost("/admin/api-keys/{id:guid}/expiry")]
    public Task<IActionResult> ChangeKeyExpiry(Guid id, DateOnly? expiresOn, [FromServices] ChangeApiKeyExpiryHandler change) =>
        ChangeAsync(async () =>
        {
            var key = await change.HandleAsync(new ChangeApiKeyExpiryCommand(id, ApiKey.ExpiryAfterLastDay(expiresOn)), HttpContext.RequestAborted);
            return key.ExpiresUtc is null ? $"API key '{key.Name}' no longer expires." : $"API key '{key.Name}' works until {Format.Utc(key.ExpiresUtc)}.";
        }, "#api-keys");

    private Task<IActionResult> ChangeAsync(Func<Task<string>> change, string fragment = "") =>
        this.ActAndReturnAsync("/admin/users" + fragment, change);

    private async Task<StaffAdminViewModel> ModelAsync(CancellationToken cancellationToken) =>
        new(await accounts.ListAsync(cancellationToken), await listKeys.HandleAsync(cancellationToken), security.RequireTwoFactorRoles,
            User.FindFirstValue(ClaimTypes.NameIdentifier));
}
