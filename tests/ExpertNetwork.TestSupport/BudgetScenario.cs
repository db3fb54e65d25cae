using ExpertNetwork.Application.Budgets;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.TestSupport;

/// <summary>
/// A USD project with known budget figures, written straight into a running app's database: a senior expert's 20 approved
/// review hours over the last four weeks (8 h, 4 h at 200/h; 6 h, 2 h at 250/h after a rate change) = 4,400 USD spent, paid
/// at 150/h = 3,000 USD cost, 1,400 USD margin. The budget decides the share used; the budget watch runs for the project.
/// </summary>
public static class BudgetScenario
{
    public const string ProgramManagerEmail = "budget.pm@example.com";

    public sealed record Seeded(Guid ProjectId, string Code, string Name);

    public static async Task<Seeded> SeedAsync(IServiceProvider services, string code, string name, decimal budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<ExpertNetworkDbContext>();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var start = now.AddDays(-60);
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Name == "Budget Health Ltd", cancellationToken)
            ?? Client.Create("Budget Health Ltd", "Budget Health Limited", "ap@budget-health.example", "2 Example Street, London", "GB",
                "USD", 0.2m, false, "GB999999973", false, start);
        var project = Project.Create(client, name, code, null, "Grade model answers to imaging cases.", "Review de-identified scans.",
            ConfidentialityLevel.Confidential, false, new Money(budget, "USD"), "Europe/London", new DateRange(today.AddDays(-60), today.AddDays(60)), start);
        project.SetBillRate(ExpertTier.Senior, Activity.Review, new Money(200m, "USD"), new DateRange(today.AddDays(-60), null));
        project.SetBillRate(ExpertTier.Senior, Activity.Review, new Money(250m, "USD"), new DateRange(today.AddDays(-13), null));
        var specialty = Specialty.CreateRoot($"Imaging {code}", $"imaging-{code.ToLowerInvariant()}");
        var expert = Expert.Register($"Dr Budget {code}", $"expert.{code.ToLowerInvariant()}@experts.example", "GB", "Europe/London", 12, 40m, start);
        var request = StaffingRequest.Open(project.Id, "Imaging reviewers", specialty.Id, [], [], ["en"], Activity.Review, 2, 20m,
            new DateRange(today.AddDays(-30), today.AddDays(30)), new Money(200m, "USD"), 72, false, 5, now.AddDays(-31), ProgramManagerEmail);
        var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 1, now.AddDays(-31));
        engagement.Offer(now.AddDays(-28), now.AddDays(-31));
        engagement.Accept(expert.FullName, true, null, null, new string('c', 64), now.AddDays(-30));
        TimeEntry Approved(int daysAgo, decimal hours)
        {
            var entry = TimeEntry.Log(engagement, null, today.AddDays(-daysAgo), Activity.Review, hours, "Reviewed scans", now);
            entry.Approve("pm@demo.local", now);
            return entry;
        }
        if (db.Entry(client).State == EntityState.Detached)
            db.Add(client);
        db.AddRange(project, specialty, expert, request, engagement, Approved(24, 8m), Approved(17, 4m), Approved(10, 6m), Approved(3, 2m));
        await db.SaveChangesAsync(cancellationToken);
        await services.GetRequiredService<RunBudgetWatchHandler>().HandleAsync(new RunBudgetWatchCommand([project.Id]), cancellationToken);
        return new Seeded(project.Id, project.Code, project.Name);
    }
}
