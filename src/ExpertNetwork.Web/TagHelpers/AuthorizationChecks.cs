using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ExpertNetwork.Web.TagHelpers;

internal static class AuthorizationChecks
{
    /// <summary>Whether the page's user passes the policy; asked once per request and policy, however often a page shows it.</summary>
    public static async Task<bool> IsAllowedAsync(this IAuthorizationService authorization, ViewContext view, string policy)
    {
        var items = view.HttpContext.Items;
        var key = (typeof(AuthorizationChecks), policy);
        if (items.TryGetValue(key, out var known) && known is bool allowed)
            return allowed;
        allowed = (await authorization.AuthorizeAsync(view.HttpContext.User, policy)).Succeeded;
        items[key] = allowed;
        return allowed;
    }
}
