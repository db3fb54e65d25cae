using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.IntegrationTests.Builders;

/// <summary>A small specialty tree: Medicine &gt; Oncology &gt; Hematologic oncology, Medicine &gt; Cardiology, Law &gt; Corporate law.</summary>
public sealed class TestTaxonomy
{
    private TestTaxonomy()
    {
        Medicine = Specialty.CreateRoot("Medicine", "medicine");
        Oncology = Medicine.AddChild("Oncology", "oncology");
        HematologicOncology = Oncology.AddChild("Hematologic oncology", "hematologic-oncology");
        Cardiology = Medicine.AddChild("Cardiology", "cardiology");
        Law = Specialty.CreateRoot("Law", "law");
        CorporateLaw = Law.AddChild("Corporate law", "corporate-law");
    }

    public Specialty Medicine { get; }
    public Specialty Oncology { get; }
    public Specialty HematologicOncology { get; }
    public Specialty Cardiology { get; }
    public Specialty Law { get; }
    public Specialty CorporateLaw { get; }

    public IReadOnlyList<Specialty> All => [Medicine, Oncology, HematologicOncology, Cardiology, Law, CorporateLaw];

    public static TestTaxonomy Create() => new();
}
