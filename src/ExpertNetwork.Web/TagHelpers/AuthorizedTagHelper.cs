using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ExpertNetwork.Web.TagHelpers;

/// <summary>
/// Renders its content only when the named policy admits the user (<c>&lt;authorized policy="..."&gt;</c>), or only
/// when it does not (<c>&lt;authorized unless="..."&gt;</c>); the element itself leaves no tag in the page. For a
/// block of markup rather than one element.
/// </summary>
[HtmlTargetElement("authorized")]
public sealed class AuthorizedTagHelper(IAuthorizationService authorization) : TagHelper
{
    [HtmlAttributeName("policy")]
    public string? Policy { get; set; }

    [HtmlAttributeName("unless")]
    public string? Unless { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var shown = (Policy is null || await authorization.IsAllowedAsync(ViewContext, Policy))
            && (Unless is null || !await authorization.IsAllowedAsync(ViewContext, Unless));
        if (!shown)
            output.SuppressOutput();
    }
}
