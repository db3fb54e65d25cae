using System.Net;
using System.Text.RegularExpressions;
using ExpertNetwork.Application.Administration;
using ExpertNetwork.Application.Auditing;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>The app with every staff cookie checked against its account on each request, so a disabled user's session ends at once.</summary>
public sealed class StaffLifecycleApp : WebApp
{
    public StaffLifecycleApp() => Settings["Security:SessionCheckSeconds"] = "0";
}

public sealed partial class StaffLifecycleTests(StaffLifecycleApp app) : IClassFixture<StaffLifecycleApp>
{
    private const string Password = "Staff-Passw0rd!2026";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_revoked_key_gets_401_with_a_sentence_that_says_it_was_revoked()
    {
        var key = await app.IssueApiKeyAsync("Compliance");
        using var client = app.CreateClient();
        (await ApiCall.GetAsync(client, "/api/v1/experts", key)).Status.ShouldBe(HttpStatusCode.OK);

        await app.WithScopeAsync(services => services.GetRequiredService<RevokeApiKeyHandler>().HandleAsync(new RevokeApiKeyCommand(key[..12]), Cancellation));
        var call = await ApiCall.GetAsync(client, "/api/v1/experts", key);

        call.Status.ShouldBe(HttpStatusCode.Unauthorized);
        call.ContentType.ShouldBe("application/problem+json");
        call.Detail!.ShouldStartWith("This API key was revoked on ");
        call.Detail.ShouldEndWith("Ask an admin for a new key.");
    }

    [Fact]
    public async Task An_expired_key_gets_401_with_a_sentence_that_says_it_expired()
    {
        var key = await app.IssueApiKeyAsync("Compliance");
        using var client = app.CreateClient();
        await app.WithScopeAsync(services => services.GetRequiredService<ExpertNetworkDbContext>().ApiKeys
            .Where(k => k.Prefix == key.Substring(0, 12))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1)), Cancellation));

        var call = await ApiCall.GetAsync(client, "/api/v1/experts", key);

        call.Status.ShouldBe(HttpStatusCode.Unauthorized);
        call.Detail!.ShouldStartWith("This API key expired on ");
        call.Detail.ShouldEndWith("Ask an admin for a new key or a later expiry.");
    }

    [Fact]
    public async Task A_key_in_use_shows_when_it_was_last_used_and_is_written_once_a_minute_at_most()
    {
        var key = await app.IssueApiKeyAsync("Compliance");
        using var client = app.CreateClient();

        (await ApiCall.GetAsync(client, "/api/v1/experts", key)).Status.ShouldBe(HttpStatusCode.OK);
        var first = await LastUsedAsync(key);
        (await ApiCall.GetAsync(client, "/api/v1/experts", key)).Status.ShouldBe(HttpStatusCode.OK);
        var second = await LastUsedAsync(key);

        first.ShouldNotBeNull();
        second.ShouldBe(first, "a second call within the minute does not write again");
    }

    [Fact]
    public async Task A_disabled_users_open_session_stops_working_and_they_cannot_sign_in_again()
    {
        var email = await CreateUserAsync("Compliance");
        using var user = await app.SignedInAsync(email, Password);
        (await user.GetAsync("/dashboard")).Status.ShouldBe(HttpStatusCode.OK);
        using var admin = await app.SignedInAsync(DemoStaff.Admin);
        var id = await UserIdAsync(email);

        var disabled = await admin.SubmitAsync("/admin/users", $"/admin/users/{id}/disable", []);
        var page = await admin.GetAsync("/admin/users");

        disabled.Location.ShouldBe("/admin/users");
        page.Text.ShouldContain($"{email} is disabled: they cannot sign in, and open sessions end within a minute.");
        var afterwards = await user.GetAsync("/dashboard");
        afterwards.Status.ShouldBe(HttpStatusCode.Redirect);
        afterwards.Location!.ShouldStartWith("/account/login");
        using var again = app.NewBrowser();
        var signIn = await again.SignInAsync(email, Password);
        signIn.Status.ShouldBe(HttpStatusCode.OK);
        signIn.Text.ShouldContain("This account is disabled. Ask an admin to enable it.");
        using var stranger = app.NewBrowser();
        (await stranger.SignInAsync(email, "Wrong-Passw0rd!1")).Text.ShouldContain("That email and password do not match an account.");
    }

    [Fact]
    public async Task An_admin_cannot_disable_themselves_and_is_told_why()
    {
        using var admin = await app.SignedInAsync(DemoStaff.Admin);
        var id = await UserIdAsync(DemoStaff.Admin);

        await admin.SubmitAsync("/admin/users", $"/admin/users/{id}/disable", []);
        var page = await admin.GetAsync("/admin/users");

        page.Text.ShouldContain("You cannot disable your own account. Ask another admin to do it.");
        (await admin.GetAsync("/dashboard")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Creating_disabling_enabling_and_changing_a_role_are_each_in_the_audit_trail_which_stays_intact()
    {
        using var admin = await app.SignedInAsync(DemoStaff.Admin);
        var email = $"audited.{Guid.NewGuid():N}"[..20] + "@demo.local";

        var created = await admin.SubmitAsync("/admin/users", "/admin/users",
            [new("NewUser.Email", email), new("NewUser.Role", "Compliance"), new("NewUser.DisplayName", "Audited Person"), new("NewUser.Password", "")]);
        var shown = await admin.GetAsync("/admin/users");
        var id = await UserIdAsync(email);
        await admin.SubmitAsync("/admin/users", $"/admin/users/{id}/role", [new("role", "ProgramManager")]);
        await admin.SubmitAsync("/admin/users", $"/admin/users/{id}/disable", []);
        await admin.SubmitAsync("/admin/users", $"/admin/users/{id}/enable", []);

        created.Location.ShouldBe("/admin/users");
        shown.Text.ShouldContain($"{email} can now sign in as Compliance.");
        shown.Text.ShouldContain($"Password for {email} (shown once; pass it on securely): ");
        var trail = await app.WithScopeAsync(services => services.GetRequiredService<ExpertNetworkDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == StaffAccounts.EntityType && e.EntityId == id).OrderBy(e => e.Sequence).ToListAsync(Cancellation));
        trail.Select(e => e.Action).ShouldBe(["Created", "RoleChanged", "Disabled", "Enabled"]);
        trail.ShouldAllBe(e => e.ActorName == DemoStaff.Admin);
        trail[1].After!.ShouldContain("ProgramManager");
        trail.ShouldNotContain(e => (e.After ?? string.Empty).Contains("PasswordHash", StringComparison.Ordinal));
        var verified = await app.WithScopeAsync(services => services.GetRequiredService<VerifyAuditTrailHandler>().HandleAsync(Cancellation));
        verified.IsIntact.ShouldBeTrue(verified.Problem);
    }

    [Fact]
    public async Task An_admin_creates_a_key_that_is_shown_once_then_revokes_it_and_both_are_audited()
    {
        using var admin = await app.SignedInAsync(DemoStaff.Admin);
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        await admin.SubmitAsync("/admin/users", "/admin/api-keys",
            [new("NewKey.Name", "warehouse sync"), new("NewKey.Role", "Compliance"), new("NewKey.ExpiresOn", lastDay.ToString("yyyy-MM-dd"))]);
        var shown = await admin.GetAsync("/admin/users");
        var key = ShownKey().Match(shown.Text).Groups["key"].Value;
        var again = await admin.GetAsync("/admin/users");
        using var client = app.CreateClient();
        (await ApiCall.GetAsync(client, "/api/v1/experts", key)).Status.ShouldBe(HttpStatusCode.OK);
        var stored = await app.WithScopeAsync(services => services.GetRequiredService<ExpertNetworkDbContext>().ApiKeys.AsNoTracking()
            .SingleAsync(k => k.Name == "warehouse sync", Cancellation));
        await admin.SubmitAsync("/admin/users", $"/admin/api-keys/{stored.Id}/revoke", []);
        var revoked = await admin.GetAsync("/admin/users");

        key.ShouldStartWith("enk_");
        again.Text.ShouldNotContain(key, customMessage: "the key is shown once");
        stored.ExpiresUtc.ShouldBe(DateTime.SpecifyKind(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc));
        revoked.Text.ShouldContain("API key 'warehouse sync' is revoked: requests with it get 401 from now on.");
        (await ApiCall.GetAsync(client, "/api/v1/experts", key)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        var actions = await app.WithScopeAsync(services => services.GetRequiredService<ExpertNetworkDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.EntityId == stored.Id.ToString()).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync(Cancellation));
        actions.ShouldBe(["Issued", "Revoked"]);
    }

    [Fact]
    public async Task An_expiry_in_the_past_is_refused_with_a_sentence_and_no_key_is_created()
    {
        using var admin = await app.SignedInAsync(DemoStaff.Admin);

        var page = await admin.SubmitAsync("/admin/users", "/admin/api-keys",
            [new("NewKey.Name", "too late"), new("NewKey.Role", "Finance"), new("NewKey.ExpiresOn", "2020-01-01")]);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("is not in the future. Pick a later date, or leave it empty for a key that does not expire.");
        (await app.WithScopeAsync(services => services.GetRequiredService<ExpertNetworkDbContext>().ApiKeys.AnyAsync(k => k.Name == "too late", Cancellation)))
            .ShouldBeFalse();
    }

    [Theory]
    [InlineData(DemoStaff.ProgramManager)]
    [InlineData(DemoStaff.Finance)]
    public async Task Only_admins_open_users_and_keys(string email)
    {
        using var browser = await app.SignedInAsync(email);

        var page = await browser.GetAsync("/admin/users");

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldStartWith("/account/access-denied");
    }

    [Fact]
    public async Task Changes_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var email = await CreateUserAsync("Finance");
        var id = await UserIdAsync(email);
        using var admin = await app.SignedInAsync(DemoStaff.Admin);

        var disable = await admin.PostAsync($"/admin/users/{id}/disable", []);
        var create = await admin.PostAsync("/admin/api-keys", [new("NewKey.Name", "forged"), new("NewKey.Role", "Admin")]);

        disable.Status.ShouldBe(HttpStatusCode.BadRequest);
        create.Status.ShouldBe(HttpStatusCode.BadRequest);
        var users = await app.WithScopeAsync(services => services.GetRequiredService<StaffAccounts>().ListAsync(Cancellation));
        users.Single(u => u.Email == email).Enabled.ShouldBeTrue();
    }

    private async Task<string> CreateUserAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}"[..24] + "@demo.local";
        var result = await app.WithScopeAsync(services => services.GetRequiredService<StaffAccounts>().CreateOrResetAsync(email, role, null, Password));
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        return email;
    }

    private Task<string> UserIdAsync(string email) =>
        app.WithScopeAsync(async services => (await services.GetRequiredService<StaffAccounts>().FindAsync(email)).Id);

    private Task<DateTime?> LastUsedAsync(string key) =>
        app.WithScopeAsync(services => services.GetRequiredService<ExpertNetworkDbContext>().ApiKeys.AsNoTracking()
            .Where(k => k.Prefix == key.Substring(0, 12)).Select(k => k.LastUsedUtc).SingleAsync(Cancellation));

    [GeneratedRegex(@"store it now\): (?<key>enk_[A-Za-z0-9_-]+)")]
    private static partial Regex ShownKey();
}
