namespace ExpertNetwork.Infrastructure.Seeding;

/// <summary>The specialty tree the demo (and a fresh install) starts with: (name, slug, children).</summary>
internal static class DemoTaxonomy
{
    public sealed record Node(string Name, string Slug, params Node[] Children);

    public static readonly Node[] Roots =
    [
        new Node("Medicine", "medicine",
            new Node("Oncology", "oncology",
                new Node("Hematologic oncology", "hematologic-oncology"),
                new Node("Breast oncology", "breast-oncology"),
                new Node("Thoracic oncology", "thoracic-oncology"),
                new Node("Gastrointestinal oncology", "gastrointestinal-oncology"),
                new Node("Radiation oncology", "radiation-oncology"),
                new Node("Pediatric oncology", "pediatric-oncology")),
            new Node("Cardiology", "cardiology",
                new Node("Interventional cardiology", "interventional-cardiology"),
                new Node("Electrophysiology", "electrophysiology")),
            new Node("Radiology", "radiology",
                new Node("Neuroradiology", "neuroradiology")),
            new Node("Pathology", "pathology")),
        new Node("Law", "law",
            new Node("Corporate law", "corporate-law",
                new Node("Mergers and acquisitions", "mergers-acquisitions")),
            new Node("Intellectual property", "intellectual-property",
                new Node("Patent law", "patent-law")),
            new Node("Litigation", "litigation"),
            new Node("Tax law", "tax-law"),
            new Node("Data protection", "data-protection")),
        new Node("Construction", "construction",
            new Node("Quantity surveying", "quantity-surveying",
                new Node("Cost planning", "cost-planning"),
                new Node("Contract administration", "contract-administration")),
            new Node("Structural engineering", "structural-engineering")),
        new Node("Finance", "finance",
            new Node("Equity research", "equity-research",
                new Node("Healthcare equities", "healthcare-equities"),
                new Node("Technology equities", "technology-equities")),
            new Node("Credit analysis", "credit-analysis"),
            new Node("Accounting", "accounting",
                new Node("IFRS reporting", "ifrs-reporting"))),
    ];
}
