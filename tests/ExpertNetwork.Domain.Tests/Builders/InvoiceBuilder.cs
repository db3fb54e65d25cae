using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Domain.Tests.Builders;

/// <summary>A March 2026 invoice for the default client and project, issued on 1 April 2026 with 30-day terms.</summary>
public sealed class InvoiceBuilder
{
    public static readonly DateOnly IssueDate = new(2026, 4, 1);
    public static readonly DateTime IssuedUtc = TestClock.Utc(2026, 4, 1, 10);

    private readonly List<(decimal Hours, decimal UnitPrice)> _lines = [];
    private Client? _client;
    private Project? _project;
    private readonly DateRange _period = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    public InvoiceBuilder ForClient(Client client)
    {
        _client = client;
        return this;
    }

    public InvoiceBuilder ForProject(Project project)
    {
        _project = project;
        return this;
    }

    public InvoiceBuilder WithLine(decimal hours, decimal unitPrice)
    {
        _lines.Add((hours, unitPrice));
        return this;
    }

    public Invoice Build()
    {
        var client = _client ?? new ClientBuilder().Build();
        var project = _project ?? new ProjectBuilder().ForClient(client).Build();
        var lines = _lines.Count == 0 ? [(40m, 120m)] : _lines;
        var billingLines = lines.Select((l, i) => new BillingLine($"Annotation, expert {i + 1}", Guid.NewGuid(), Activity.Annotation, l.Hours, l.UnitPrice, project.Currency));
        return Invoice.Draft(client, project, _period, billingLines, TestClock.Utc(2026, 4, 1, 8));
    }

    public Invoice BuildIssued(NumberSeries? series = null)
    {
        var invoice = Build();
        invoice.Issue(series ?? NumberSeries.Start(NumberSeries.Invoices, 2026), IssueDate, 30, IssuedUtc);
        invoice.ClearPendingActions();
        return invoice;
    }
}
