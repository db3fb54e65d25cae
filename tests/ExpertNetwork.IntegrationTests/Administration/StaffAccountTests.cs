using ExpertNetwork.Application.Auditing;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Administration;

public abstract class StaffAccountTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    [Fact]
    public async Task A_new_staff_member_gets_one_role_and_a_generated_password_that_signs_them_in()
    {
        var result = await CreateOrResetAsync(" Fatima.Finance@Example.COM ", "finance", "Fatima Finance", null);

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Created.ShouldBeTrue();
        result.GeneratedPassword.ShouldNotBeNull().Length.ShouldBe(20);
        var (roles, passwordWorks) = await SignInAsync("fatima.finance@example.com", result.GeneratedPassword);
        roles.ShouldBe([StaffRoles.Finance]);
        passwordWorks.ShouldBeTrue();
    }

    [Fact]
    public async Task Running_it_again_for_the_same_email_resets_the_password_and_moves_them_to_the_new_role()
    {
        var first = await CreateOrResetAsync("chris@expertnetwork.example", StaffRoles.Compliance, "Chris", null);

        var second = await CreateOrResetAsync("CHRIS@expertnetwork.example", "admin", "Chris", "Another-Passw0rd!26");

        second.Succeeded.ShouldBeTrue(string.Join("; ", second.Errors));
        second.Created.ShouldBeFalse();
        second.GeneratedPassword.ShouldBeNull();
        var (roles, newPasswordWorks) = await SignInAsync("chris@expertnetwork.example", "Another-Passw0rd!26");
        roles.ShouldBe([StaffRoles.Admin]);
        newPasswordWorks.ShouldBeTrue();
        (await SignInAsync("chris@expertnetwork.example", first.GeneratedPassword!)).Works.ShouldBeFalse();
        (await App.RunAsync(services => services.Get<UserManager<StaffUser>>().Users.CountAsync(Cancellation))).ShouldBe(1);
    }

    [Theory]
    [InlineData("not-an-email", StaffRoles.Admin, null)]
    [InlineData("pm@expertnetwork.example", "Janitor", null)]
    [InlineData("pm@expertnetwork.example", StaffRoles.ProgramManager, "short")]
    public async Task A_bad_email_role_or_password_is_refused_and_no_one_is_created(string email, string role, string? password)
    {
        var result = await CreateOrResetAsync(email, role, null, password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldNotBeEmpty();
        (await App.RunAsync(services => services.Get<StaffAccounts>().ExistsAsync(email))).ShouldBeFalse();
    }

    [Fact]
    public async Task Disabling_and_enabling_a_user_each_commit_with_an_audit_event_and_the_chain_stays_intact()
    {
        Actor.ActAs(ActorKind.Staff, "staff-admin", "Alex Admin");
        await CreateOrResetAsync("boss@expertnetwork.example", StaffRoles.Admin, "Boss", "Boss-Passw0rd!2026");
        await CreateOrResetAsync("leaver@expertnetwork.example", StaffRoles.Finance, "Leaver", "Leaver-Passw0rd!2026");
        var stampBefore = await StampAsync("leaver@expertnetwork.example");

        var disabled = await App.RunAsync(services => services.Get<StaffAccounts>().DisableAsync("leaver@expertnetwork.example"));
        var stampAfter = await StampAsync("leaver@expertnetwork.example");
        var enabled = await App.RunAsync(services => services.Get<StaffAccounts>().EnableAsync("leaver@expertnetwork.example"));

        disabled.Enabled.ShouldBeFalse();
        disabled.DisabledUtc!.Value.ShouldBe(Clock.UtcNow, TimeSpan.FromMilliseconds(1));
        stampAfter.ShouldNotBe(stampBefore, "a new security stamp ends the sessions issued before");
        enabled.Enabled.ShouldBeTrue();
        var trail = await ReadAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.EntityType == StaffAccounts.EntityType && e.EntityId == disabled.Id)
            .OrderBy(e => e.Sequence).ToListAsync(Cancellation));
        trail.Select(e => e.Action).ShouldBe(["Created", "Disabled", "Enabled"]);
        trail.ShouldAllBe(e => e.ActorName == "Alex Admin");
        trail.ShouldNotContain(e => (e.After ?? string.Empty).Contains("PasswordHash", StringComparison.Ordinal) || (e.After ?? string.Empty).Contains("SecurityStamp", StringComparison.Ordinal));
        (await App.RunAsync(services => services.Get<VerifyAuditTrailHandler>().HandleAsync(Cancellation))).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task The_last_enabled_admin_cannot_be_disabled_or_lose_the_role_and_nothing_is_written()
    {
        await CreateOrResetAsync("only.admin@expertnetwork.example", StaffRoles.Admin, "Only", "Only-Passw0rd!2026");
        var events = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

        var disable = await Should.ThrowAsync<Refusal>(() => App.RunAsync(services => services.Get<StaffAccounts>().DisableAsync("only.admin@expertnetwork.example")));
        var demote = await Should.ThrowAsync<Refusal>(() => App.RunAsync(services => services.Get<StaffAccounts>().ChangeRoleAsync("only.admin@expertnetwork.example", "Finance")));

        disable.Message.ShouldBe("only.admin@expertnetwork.example is the last enabled admin. Make another user an admin first, so someone can still manage staff.");
        demote.Message.ShouldBe(disable.Message);
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(events);
        (await App.RunAsync(services => services.Get<StaffAccounts>().ListAsync(Cancellation))).Single().ShouldSatisfyAllConditions(
            u => u.Enabled.ShouldBeTrue(), u => u.Role.ShouldBe(StaffRoles.Admin));
    }

    [Fact]
    public async Task A_refused_password_leaves_neither_a_user_nor_an_audit_event()
    {
        var events = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

        var refused = await Should.ThrowAsync<Refusal>(() => App.RunAsync(services =>
            services.Get<StaffAccounts>().CreateAsync("weak@expertnetwork.example", StaffRoles.Compliance, null, "short")));

        refused.Message.ShouldContain("Passwords must be at least 12 characters.");
        (await App.RunAsync(services => services.Get<StaffAccounts>().ExistsAsync("weak@expertnetwork.example"))).ShouldBeFalse();
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(events);
    }

    private Task<string?> StampAsync(string email) =>
        App.RunAsync(async services => (await services.Get<UserManager<StaffUser>>().FindByEmailAsync(email))!.SecurityStamp);

    private Task<StaffAccountResult> CreateOrResetAsync(string email, string role, string? name, string? password) =>
        App.RunAsync(services => services.Get<StaffAccounts>().CreateOrResetAsync(email, role, name, password));

    private Task<(IList<string> Roles, bool Works)> SignInAsync(string email, string password) => App.RunAsync(async services =>
    {
        var users = services.Get<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email)).ShouldNotBeNull();
        return (await users.GetRolesAsync(user), await users.CheckPasswordAsync(user, password));
    });
}
