namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>The <c>Company</c> section: the party that issues contracts and NDAs, as documents name it.</summary>
public sealed class CompanyOptions
{
    public const string Section = "Company";

    public string Name { get; set; } = "ExpertNetwork";

    public string Address { get; set; } = string.Empty;

    /// <summary>The company's tax or VAT number, as contracts name it.</summary>
    public string TaxId { get; set; } = string.Empty;

    /// <summary>Days after an approved timesheet within which experts are paid, as contracts state it.</summary>
    public int ExpertPaymentTermsDays { get; set; } = 30;
}
