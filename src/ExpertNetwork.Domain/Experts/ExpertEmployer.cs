using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Domain.Experts;

/// <summary>
/// A company the expert currently works for or is affiliated with, as they wrote it, with the name folded by
/// <see cref="CompanyNames.Normalize"/> so matching checks it against a client's restricted companies in SQL.
/// </summary>
public sealed class ExpertEmployer
{
    private ExpertEmployer() { Name = NormalizedName = string.Empty; }

    internal ExpertEmployer(Guid expertId, string name)
    {
        ExpertId = expertId;
        Name = name;
        NormalizedName = CompanyNames.Normalize(name);
    }

    public Guid ExpertId { get; private set; }
    public string Name { get; private set; }
    public string NormalizedName { get; private set; }
}
