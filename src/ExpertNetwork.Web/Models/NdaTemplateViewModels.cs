using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Web.Models;

/// <summary>The text and validity of an NDA version being published.</summary>
public class NdaTextForm
{
    [Display(Name = "Text")]
    [Required(ErrorMessage = "Write the text of the agreement.")]
    [StringLength(TextLimits.LongText, ErrorMessage = "The text can be at most {1} characters.")]
    public string? Body { get; set; }

    [Display(Name = "Valid for (months)")]
    [Range(1, NdaTemplate.MaxValidityMonths, ErrorMessage = NdaTemplate.ValidityRule)]
    public int ValidityMonths { get; set; } = 24;
}

public sealed class NewNdaTemplateForm : NdaTextForm
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Give the NDA a name.")]
    [StringLength(TextLimits.Name, ErrorMessage = "The name can be at most {1} characters.")]
    public string? Name { get; set; }

    public NdaScope Scope { get; set; } = NdaScope.Master;

    [Display(Name = "Client")]
    public Guid? ClientId { get; set; }
}

public sealed class ReviseNdaTemplateForm : NdaTextForm
{
    public int Version { get; set; }
}

public sealed record NdaTemplateVersionPageModel(NdaTemplateVersionView Version, string Body, ReviseNdaTemplateForm Form);

public sealed record NewNdaTemplatePageModel(NewNdaTemplateForm Form, IReadOnlyList<(Guid Id, string Name)> Clients);
