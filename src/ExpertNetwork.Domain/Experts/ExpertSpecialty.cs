namespace ExpertNetwork.Domain.Experts;

public sealed class ExpertSpecialty
{
    private ExpertSpecialty() { }

    internal ExpertSpecialty(Guid expertId, Guid specialtyId)
    {
        ExpertId = expertId;
        SpecialtyId = specialtyId;
    }

    public Guid ExpertId { get; private set; }
    public Guid SpecialtyId { get; private set; }

    /// <summary>For reads that show the specialty's name; the aggregate itself only needs the id.</summary>
    public Specialty? Specialty { get; private set; }
}
