using ExpertNetwork.Application.Auditing;
using ExpertNetwork.Application.Dashboard;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Seeding;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Seeding;

/// <summary>The demo seed is the same code on every provider and takes a few seconds, so it runs on SQLite only.</summary>
[Collection(DatabaseCollections.Sqlite)]
public sealed class DemoData_on_Sqlite(DatabasesFixture databases) : DatabaseTest(databases, DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task The_demo_seed_builds_a_realistic_network_once_and_leaves_an_intact_audit_trail()
    {
        var first = await SeedAsync();

        first.SeededData.ShouldBeTrue();
        first.Errors.ShouldBeEmpty();
        first.GeneratedPassword.ShouldNotBeNullOrWhiteSpace();
        first.Experts.ShouldBeGreaterThanOrEqualTo(500);
        var today = Clock.Today;
        await App.RunAsync(async services =>
        {
            var db = services.Db();
            (await db.Experts.CountAsync(Cancellation)).ShouldBe(first.Experts);
            (await db.Experts.Select(e => e.CountryCode).Distinct().CountAsync(Cancellation)).ShouldBeGreaterThanOrEqualTo(10);
            (await db.Experts.CountAsync(e => !e.Rates.Any(), Cancellation)).ShouldBe(0, "every expert has a rate card");
            (await db.Credentials.CountAsync(c => c.Status == VerificationStatus.Pending, Cancellation)).ShouldBeGreaterThan(0);
            (await db.Credentials.CountAsync(c => c.ExpiresOn < today, Cancellation)).ShouldBeGreaterThan(0, "some credentials have expired");
            (await db.NdaAgreements.CountAsync(n => n.Status == NdaStatus.Signed, Cancellation)).ShouldBeGreaterThan(0);
            (await db.Clients.CountAsync(Cancellation)).ShouldBe(3);
            (await db.Projects.CountAsync(Cancellation)).ShouldBeGreaterThanOrEqualTo(3);

            // Last calendar month's pilots give finance a month to bill: approved hours on a reverse-charge client and
            // on a confidential project, a few still waiting for approval, and a price raise in the middle of the month.
            var month = DemoDataSeeder.LastMonth(today);
            var lastMonth = db.TimeEntries.Where(t => t.WorkDate >= month.Start && t.WorkDate <= month.End);
            foreach (var code in new[] { "AUR-CLS-1", "NW-ONC-1" })
            {
                var project = await db.Projects.Include(p => p.PriceList).SingleAsync(p => p.Code == code, Cancellation);
                (await lastMonth.CountAsync(t => t.ProjectId == project.Id && t.Status == TimeEntryStatus.Approved && t.InvoiceId == null, Cancellation))
                    .ShouldBeGreaterThan(5, code);
                project.BillRateOn(ExpertTier.Standard, Activity.Annotation, month.Start).ShouldNotBeNull(code);
            }
            (await lastMonth.CountAsync(t => t.Status == TimeEntryStatus.Submitted, Cancellation)).ShouldBeGreaterThan(0);
            var contracts = await db.Projects.Include(p => p.PriceList).SingleAsync(p => p.Code == "AUR-CLS-1", Cancellation);
            contracts.BillRateOn(ExpertTier.Standard, Activity.Annotation, month.End!.Value)!.Amount
                .ShouldBeGreaterThan(contracts.BillRateOn(ExpertTier.Standard, Activity.Annotation, month.Start)!.Amount);
        });
        var dashboard = await App.RunAsync(services => services.Get<GetDashboardHandler>().HandleAsync(Cancellation));
        dashboard.CredentialsExpiringSoonCount.ShouldBeGreaterThan(0);
        dashboard.OpenStaffingRequestCount.ShouldBeGreaterThan(0);
        dashboard.ExpertsByStatus.Where(s => s.Value > 0).Select(s => s.Key).ShouldBe(Enum.GetValues<ExpertStatus>(), ignoreOrder: true);
        var staff = await StaffRolesAsync();
        staff.ShouldBe(DemoDataSeeder.StaffUsers.Select(s => (s.Email, (string?)s.Role)), ignoreOrder: true);
        staff.Select(s => s.Role).ShouldBe(StaffRoles.All, ignoreOrder: true);

        var events = await ReadAsync(db => db.AuditEvents.LongCountAsync(Cancellation));
        var second = await SeedAsync();

        second.SeededData.ShouldBeFalse();
        second.Errors.ShouldBeEmpty();
        second.GeneratedPassword.ShouldBeNull();
        second.Experts.ShouldBe(first.Experts);
        (await ReadAsync(db => db.Experts.CountAsync(Cancellation))).ShouldBe(first.Experts);
        (await ReadAsync(db => db.Clients.CountAsync(Cancellation))).ShouldBe(3);
        (await ReadAsync(db => db.AuditEvents.LongCountAsync(Cancellation))).ShouldBe(events);
        (await StaffRolesAsync()).Count.ShouldBe(4);
        var trail = await App.RunAsync(services => services.Get<VerifyAuditTrailHandler>().HandleAsync(Cancellation));
        trail.IsIntact.ShouldBeTrue(trail.Problem);
        trail.EventsChecked.ShouldBe(events);
    }

    private Task<DemoSeedResult> SeedAsync() => App.RunAsync(services => services.Get<DemoDataSeeder>().SeedAsync(null, Cancellation));

    private Task<List<(string Email, string? Role)>> StaffRolesAsync() => App.RunAsync(async services =>
    {
        var users = services.Get<UserManager<StaffUser>>();
        var result = new List<(string Email, string? Role)>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync(Cancellation))
            result.Add((user.Email!, (await users.GetRolesAsync(user)).SingleOrDefault()));
        return result;
    });
}
