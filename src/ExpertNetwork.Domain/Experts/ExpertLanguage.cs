namespace ExpertNetwork.Domain.Experts;

/// <summary>A language an expert works in (ISO 639-1 code). A row of its own so searches use an index.</summary>
public sealed class ExpertLanguage
{
    private ExpertLanguage() { Code = string.Empty; }

    internal ExpertLanguage(Guid expertId, string code)
    {
        ExpertId = expertId;
        Code = code;
    }

    public Guid ExpertId { get; private set; }
    public string Code { get; private set; }
}
