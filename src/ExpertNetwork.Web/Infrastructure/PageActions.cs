using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// A change posted from a page's form (a dialog's reason, a small inline form) that goes back to that page: with the
/// notice when it worked, otherwise with the form's errors or the refused rule as one clear message; nothing was saved.
/// Something that does not exist is left to the app's 404 page.
/// </summary>
internal static class PageActions
{
    public static async Task<IActionResult> ActAndReturnAsync(this Controller controller, string pageUrl, Func<Task<string>> change)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(change);
        if (!controller.ModelState.IsValid)
        {
            controller.TempData["Error"] = string.Join(" ", controller.ModelState.Values.SelectMany(v => v.Errors)
                .Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "A value was not understood." : e.ErrorMessage).Distinct());
            return controller.Redirect(pageUrl);
        }
        try
        {
            controller.TempData["Notice"] = await change();
        }
        catch (Exception ex) when (Refusals.From(ex) is { Kind: not RefusalKind.NotFound } refusal)
        {
            controller.TempData["Error"] = refusal.Message;
        }
        return controller.Redirect(pageUrl);
    }

    public static Task<IActionResult> ActAndReturnAsync(this Controller controller, string pageUrl, Func<Task> change, string notice) =>
        controller.ActAndReturnAsync(pageUrl, async () =>
        {
            await change();
            return notice;
        });
}
