namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>The <c>Company</c> section: the party that issues contracts and NDAs, as documents name it.</summary>
public sealed class CompanyOptions
{
    public const string Section = "Company";

    public string Name { get; set; } = "ExpertNetwork";

    public string Address { get; set; } = string.Empty;
}
