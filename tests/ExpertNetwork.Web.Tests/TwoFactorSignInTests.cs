using System.Net;
using System.Text.RegularExpressions;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.TestSupport;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>The app as shipped for two-factor sign-in: Finance must have a second factor (Admin too by default; left out here so the demo admin can work).</summary>
public sealed class TwoFactorApp : WebApp
{
    public TwoFactorApp() => Settings["Security:RequireTwoFactorRoles"] = "Finance";
}

public sealed partial class TwoFactorSignInTests(TwoFactorApp app) : IClassFixture<TwoFactorApp>
{
    private const string Password = "Second-Factor!2026";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_user_whose_role_requires_two_factor_is_sent_to_set_it_up_and_can_open_nothing_else_until_they_do()
    {
        var email = await CreateUserAsync("Finance");
        using var browser = app.NewBrowser();

        var signIn = await browser.SignInAsync(email, Password);
        var dashboard = await browser.GetAsync("/dashboard");
        var invoices = await browser.GetAsync("/invoices");
        var setup = await browser.GetAsync("/account/two-factor");

        signIn.Location.ShouldBe("/account/two-factor");
        dashboard.Location.ShouldBe("/account/two-factor");
        invoices.Location.ShouldBe("/account/two-factor");
        setup.Status.ShouldBe(HttpStatusCode.OK);
        setup.Text.ShouldContain("Your role requires two-factor sign-in. Set it up now to continue.");
        setup.Markup.ShouldContain("src=\"data:image/png;base64,");
    }

    [Fact]
    public async Task Setting_up_the_authenticator_shows_recovery_codes_once_and_then_sign_in_asks_for_a_code()
    {
        var email = await CreateUserAsync("Finance");
        using var browser = app.NewBrowser();
        await browser.SignInAsync(email, Password);
        var key = SharedKey(await browser.GetAsync("/account/two-factor"));

        var wrong = await browser.SubmitAsync("/account/two-factor", "/account/two-factor", [new("code", "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000")]);
        var enabled = await browser.SubmitAsync("/account/two-factor", "/account/two-factor", [new("code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        var dashboard = await browser.GetAsync("/dashboard");
        var later = await browser.GetAsync("/account/two-factor");

        wrong.Text.ShouldContain("That code does not match. Check that your phone's clock is right and enter the code the app shows now.");
        enabled.Status.ShouldBe(HttpStatusCode.OK);
        var codes = RecoveryCodes(enabled);
        codes.Count.ShouldBe(10);
        dashboard.Status.ShouldBe(HttpStatusCode.OK);
        later.Text.ShouldContain("Two-factor sign-in is <strong>on</strong>.");
        later.Text.ShouldContain("10 recovery codes are left.");
        later.Text.ShouldNotContain(codes[0], customMessage: "recovery codes are shown once");

        using var next = app.NewBrowser();
        var password = await next.SignInAsync(email, Password, "/invoices");
        password.Location!.ShouldStartWith("/account/login-2fa");
        (await next.GetAsync("/dashboard")).Location!.ShouldStartWith("/account/login", customMessage: "the password alone does not sign in");
        var signedIn = await next.SubmitAsync(password.Location!, "/account/login-2fa",
            [new("Code", Totp.Code(key, DateTimeOffset.UtcNow, stepOffset: 1)), new("ReturnUrl", "/invoices"), new("RememberMe", "false")]);
        signedIn.Location.ShouldBe("/invoices");
        (await next.GetAsync("/invoices")).Status.ShouldBe(HttpStatusCode.OK);

        using var withoutPhone = app.NewBrowser();
        await withoutPhone.SignInAsync(email, Password);
        var recovered = await withoutPhone.SubmitAsync("/account/login-2fa", "/account/login-2fa", [new("Code", codes[0]), new("ReturnUrl", "")]);
        recovered.Location.ShouldBe("/dashboard");
        using var reuse = app.NewBrowser();
        await reuse.SignInAsync(email, Password);
        var reused = await reuse.SubmitAsync("/account/login-2fa", "/account/login-2fa", [new("Code", codes[0]), new("ReturnUrl", "")]);
        reused.Status.ShouldBe(HttpStatusCode.OK);
        reused.Text.ShouldContain("That recovery code does not match, or it was used already. Each code works once.");

        var id = (await app.WithScopeAsync(services => services.GetRequiredService<StaffAccounts>().FindAsync(email))).Id;
        var actions = await app.WithScopeAsync(services => services.GetRequiredService<ExpertNetworkDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.EntityId == id).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync(Cancellation));
        actions.ShouldBe(["Created", "TwoFactorEnabled", "RecoveryCodeUsed"]);
    }

    [Fact]
    public async Task A_user_whose_role_requires_two_factor_cannot_turn_it_off_and_an_admin_can_reset_it()
    {
        var email = await CreateUserAsync("Finance");
        using var browser = app.NewBrowser();
        await browser.SignInAsync(email, Password);
        var key = SharedKey(await browser.GetAsync("/account/two-factor"));
        await browser.SubmitAsync("/account/two-factor", "/account/two-factor", [new("code", Totp.Code(key, DateTimeOffset.UtcNow))]);

        var refused = await browser.SubmitAsync("/account/two-factor", "/account/two-factor/disable", []);
        var regenerated = await browser.SubmitAsync("/account/two-factor", "/account/two-factor/recovery-codes", []);
        using var admin = await app.SignedInAsync(DemoStaff.Admin);
        var id = (await app.WithScopeAsync(services => services.GetRequiredService<StaffAccounts>().FindAsync(email))).Id;
        await admin.SubmitAsync("/admin/users", $"/admin/users/{id}/reset-two-factor", []);
        var users = await admin.GetAsync("/admin/users");

        refused.Text.ShouldContain("Your role requires two-factor sign-in, so it cannot be turned off. If you lost your device, ask an admin to reset it.");
        RecoveryCodes(regenerated).Count.ShouldBe(10);
        users.Text.ShouldContain($"Two-factor sign-in is reset for {email}");
        using var after = app.NewBrowser();
        (await after.SignInAsync(email, Password)).Location.ShouldBe("/account/two-factor", "after a reset the user enrols again");
        var actions = await app.WithScopeAsync(services => services.GetRequiredService<ExpertNetworkDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.EntityId == id).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync(Cancellation));
        actions.ShouldBe(["Created", "TwoFactorEnabled", "RecoveryCodesRegenerated", "TwoFactorReset"]);
    }

    [Fact]
    public async Task A_role_without_the_requirement_signs_in_with_the_password_alone()
    {
        var email = await CreateUserAsync("Compliance");
        using var browser = app.NewBrowser();

        var signIn = await browser.SignInAsync(email, Password);

        signIn.Location.ShouldBe("/dashboard");
    }

    private async Task<string> CreateUserAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}"[..24] + "@demo.local";
        var result = await app.WithScopeAsync(services => services.GetRequiredService<StaffAccounts>().CreateOrResetAsync(email, role, null, Password));
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        return email;
    }

    private static string SharedKey(HtmlPage page) => SharedKeyElement().Match(page.Text).Groups["key"].Value;

    private static List<string> RecoveryCodes(HtmlPage page) =>
        RecoveryCode().Matches(page.Markup).Select(m => m.Groups["code"].Value).ToList();

    [GeneratedRegex(@"<code data-shared-key>(?<key>[a-z2-7 ]+)</code>")]
    private static partial Regex SharedKeyElement();

    [GeneratedRegex(@"<li><code>(?<code>[A-Za-z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
