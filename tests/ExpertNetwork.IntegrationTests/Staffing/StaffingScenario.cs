using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.IntegrationTests.Builders;

namespace ExpertNetwork.IntegrationTests.Staffing;

/// <summary>A client, a project and its taxonomy, with helpers that put experts on a request as offers or accepted engagements.</summary>
internal sealed class StaffingScenario
{
    public StaffingScenario()
    {
        Client = new ClientBuilder().Build();
        Project = new ProjectBuilder(Client).Named("Oncology reasoning evaluation").Build();
    }

    public TestTaxonomy Taxonomy { get; } = TestTaxonomy.Create();
    public Client Client { get; }
    public Project Project { get; }

    public object[] Basics => [.. Taxonomy.All, Client, Project];

    public StaffingRequestBuilder Request() => new(Project, Taxonomy.Oncology);

    public static Engagement Offered(Expert expert, StaffingRequest request, DateTime offeredUtc, DateTime? expiresUtc = null)
    {
        var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 1, offeredUtc);
        engagement.Offer(expiresUtc ?? request.OfferDeadlineFrom(offeredUtc), offeredUtc);
        return engagement;
    }

    public static Engagement Accepted(Expert expert, StaffingRequest request, DateTime offeredUtc, DateTime acceptedUtc)
    {
        var engagement = Offered(expert, request, offeredUtc);
        engagement.Accept(expert.FullName, consent: true, "203.0.113.7", "Mozilla/5.0", new string('c', 64), acceptedUtc);
        request.TakeSeat(acceptedUtc);
        return engagement;
    }
}
