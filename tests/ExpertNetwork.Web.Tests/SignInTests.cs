using System.Net;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

public sealed class SignInTests(WebApp app) : IClassFixture<WebApp>
{
    private const string WrongPasswordMessage = "That email and password do not match an account.";

    [Fact]
    public async Task The_sign_in_page_shows_the_form_with_an_antiforgery_token()
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/account/login");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("<h1>Sign in</h1>");
        page.Markup.ShouldContain("name=\"Email\"");
        page.Markup.ShouldContain("name=\"Password\"");
        page.AntiforgeryToken.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Signing_in_with_the_right_password_goes_to_the_dashboard()
    {
        using var browser = app.NewBrowser();

        var signIn = await browser.SignInAsync(DemoStaff.Admin, DemoStaff.Password);

        signIn.Status.ShouldBe(HttpStatusCode.Redirect);
        signIn.Location.ShouldBe("/dashboard");
        signIn.SetCookies.ShouldContain(c => c.StartsWith(Browser.AuthCookieName + "=", StringComparison.Ordinal));
        var dashboard = await browser.GetAsync("/dashboard");
        dashboard.Status.ShouldBe(HttpStatusCode.OK);
        dashboard.Text.ShouldContain("Admin dashboard");
        dashboard.Text.ShouldContain(DemoStaff.Admin);
    }

    [Fact]
    public async Task A_program_manager_sees_the_program_manager_dashboard_with_open_staffing_requests()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);

        var dashboard = await browser.GetAsync("/dashboard");

        dashboard.Status.ShouldBe(HttpStatusCode.OK);
        dashboard.Text.ShouldContain("<h1>Program manager dashboard</h1>");
        dashboard.Text.ShouldContain("Open staffing requests");
        dashboard.Text.ShouldContain("Hematologic oncology reviewers");
        dashboard.Text.ShouldNotContain("Registry and vetting");
        dashboard.Text.ShouldNotContain("Billing");
    }

    [Fact]
    public async Task A_compliance_officer_sees_the_credentials_that_expire_soon()
    {
        using var browser = await app.SignedInAsync(DemoStaff.Compliance);

        var dashboard = await browser.GetAsync("/dashboard");

        dashboard.Status.ShouldBe(HttpStatusCode.OK);
        dashboard.Text.ShouldContain("<h1>Compliance dashboard</h1>");
        dashboard.Text.ShouldContain("Verified credentials expiring in 30 days");
        dashboard.Markup.ShouldContain("aria-label=\"Credentials expiring soon\"");
        dashboard.Text.ShouldNotContain("Open staffing requests");
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_a_message_and_signs_nobody_in()
    {
        using var browser = app.NewBrowser();

        var signIn = await browser.SignInAsync(DemoStaff.ProgramManager, "Not-the-passw0rd!");

        signIn.Status.ShouldBe(HttpStatusCode.OK);
        signIn.Text.ShouldContain(WrongPasswordMessage);
        signIn.HasAntiforgeryToken.ShouldBeTrue("the form is shown again");
        signIn.SetCookies.ShouldNotContain(c => c.StartsWith(Browser.AuthCookieName + "=", StringComparison.Ordinal));
        (await browser.GetAsync("/dashboard")).Location.ShouldBe("/account/login?ReturnUrl=%2Fdashboard");
    }

    [Fact]
    public async Task Empty_email_and_password_are_refused_with_a_message_for_each_field()
    {
        using var browser = app.NewBrowser();

        var signIn = await browser.SignInAsync(string.Empty, string.Empty);

        signIn.Status.ShouldBe(HttpStatusCode.OK);
        signIn.Text.ShouldContain("Enter your email address.");
        signIn.Text.ShouldContain("Enter your password.");
        signIn.SetCookies.ShouldNotContain(c => c.StartsWith(Browser.AuthCookieName + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_password_is_refused()
    {
        const string email = "lockout.victim@demo.local";
        const string password = "Right-Passw0rd!2026";
        var created = await app.WithScopeAsync(services =>
            services.GetRequiredService<StaffAccounts>().CreateOrResetAsync(email, "Finance", "Lockout Victim", password));
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors));
        using var browser = app.NewBrowser();

        for (var attempt = 1; attempt <= 4; attempt++)
            (await browser.SignInAsync(email, $"Wrong-Passw0rd!{attempt}")).Text.ShouldContain(WrongPasswordMessage);
        var fifth = await browser.SignInAsync(email, "Wrong-Passw0rd!5");
        var rightPassword = await browser.SignInAsync(email, password);

        fifth.Text.ShouldContain("This account is locked after too many failed attempts.");
        rightPassword.Status.ShouldBe(HttpStatusCode.OK);
        rightPassword.Text.ShouldContain("This account is locked after too many failed attempts.");
        rightPassword.SetCookies.ShouldNotContain(c => c.StartsWith(Browser.AuthCookieName + "=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example/steal")]
    public async Task A_return_url_to_another_site_is_not_followed_after_signing_in(string returnUrl)
    {
        using var browser = app.NewBrowser();

        var signIn = await browser.SignInAsync(DemoStaff.ProgramManager, DemoStaff.Password, returnUrl);

        signIn.Status.ShouldBe(HttpStatusCode.Redirect);
        signIn.AbsoluteLocation.ShouldBe("/dashboard");
    }

    [Fact]
    public async Task A_return_url_within_the_app_is_followed_after_signing_in()
    {
        using var browser = app.NewBrowser();

        var signIn = await browser.SignInAsync(DemoStaff.Compliance, DemoStaff.Password, "/experts?status=Active");

        signIn.Status.ShouldBe(HttpStatusCode.Redirect);
        signIn.AbsoluteLocation.ShouldBe("/experts?status=Active");
    }
}
