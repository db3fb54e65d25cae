using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ExpertNetwork.Web.TagHelpers;

/// <summary>
/// Shows an element only to a user the named authorization policy admits (<c>&lt;a authorize-policy="..."&gt;</c>),
/// so a page offers exactly what the controller behind it allows: the same policies decide both.
/// </summary>
[HtmlTargetElement(Attributes = PolicyAttribute)]
public sealed class AuthorizePolicyTagHelper(IAuthorizationService authorization) : TagHelper
{
    private const string PolicyAttribute = "authorize-policy";

    [HtmlAttributeName(PolicyAttribute)]
    public string Policy { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // Before the other tag helpers on the element, so a refused element costs nothing to render.
    public override int Order => -1000;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!await authorization.IsAllowedAsync(ViewContext, Policy))
            output.SuppressOutput();
    }
}
