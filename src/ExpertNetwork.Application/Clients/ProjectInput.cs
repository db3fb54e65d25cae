using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Clients;

/// <summary>What staff enter to create or edit a project, shared by the form and POST /api/v1/projects.</summary>
public sealed class ProjectInput
{
    /// <summary>The client; fixed once the project exists (ignored on edit).</summary>
    [Required(ErrorMessage = "Choose the client.")]
    public Guid? ClientId { get; set; }

    [Required(ErrorMessage = Project.NameMissing)]
    [StringLength(Project.MaxNameLength, ErrorMessage = Project.NameTooLong)]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = Project.CodeMissing)]
    [StringLength(Project.MaxCodeLength, ErrorMessage = Project.CodeTooLong)]
    [RegularExpression(Project.CodePattern, ErrorMessage = Project.CodeRule)]
    public string Code { get; set; } = string.Empty;

    /// <summary>The specialty the project's work is in, if any.</summary>
    public Guid? DomainSpecialtyId { get; set; }

    [Required(ErrorMessage = Project.DescriptionMissing)]
    [StringLength(Project.MaxDescriptionLength, ErrorMessage = Project.DescriptionTooLong)]
    public string Description { get; set; } = string.Empty;

    /// <summary>What experts are told before they accept; all they see of a restricted project.</summary>
    [Required(ErrorMessage = Project.ExpertBriefMissing)]
    [StringLength(Project.MaxExpertBriefLength, ErrorMessage = Project.ExpertBriefTooLong)]
    public string ExpertBrief { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose the confidentiality level.")]
    public ConfidentialityLevel? Confidentiality { get; set; }

    public bool RequiresConflictDeclaration { get; set; }

    [Required(ErrorMessage = "Enter the budget.")]
    [Range(Project.MinBudget, Project.MaxBudget, ErrorMessage = Project.BudgetRule)]
    public decimal? Budget { get; set; }

    [Required(ErrorMessage = "Enter the currency.")]
    [RegularExpression(Money.CurrencyPattern, ErrorMessage = Money.CurrencyRule)]
    public string Currency { get; set; } = "USD";

    [Required(ErrorMessage = "Choose the time zone.")]
    [StringLength(TextLimits.TimeZoneId, ErrorMessage = "The time zone must be at most {1} characters.")]
    public string TimeZoneId { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the start date.")]
    public DateOnly? Start { get; set; }

    [Required(ErrorMessage = "Enter the end date.")]
    public DateOnly? End { get; set; }

    internal DateRange Window() => new(Start ?? throw Refusal.Invalid("The start date is required.", "Start"), End);

    internal Money BudgetMoney() => new(Budget ?? throw Refusal.Invalid("The budget is required.", "Budget"), Currency);

    internal ConfidentialityLevel Level() => Confidentiality ?? throw Refusal.Invalid("The confidentiality level is required.", "Confidentiality");
}
