using ExpertNetwork.Domain.Common;
using System.Net;
using System.Reflection;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.TestSupport;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ExpertNetwork.Web.Tests;

/// <summary>What an operator gets who starts the app on a server: no demo, no links on a client's Host, secure cookies, closed by default.</summary>
public sealed class ProductionDefaultsTests : IDisposable
{
    private const string PublicAddress = "https://experts.example.test/";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "expertnetwork-prod-" + Guid.NewGuid().ToString("N")[..12]);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_production_start_on_an_empty_database_creates_no_staff_users_and_no_demo_data()
    {
        await using var app = new App(_dataDirectory, "Production", ("ExpertLinks:BaseUrl", PublicAddress));

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        (await client.GetAsync("/account/login", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (users, experts, clients) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            return (await db.Users.CountAsync(Cancellation), await db.Experts.CountAsync(Cancellation), await db.Clients.CountAsync(Cancellation));
        });
        users.ShouldBe(0);
        experts.ShouldBe(0);
        clients.ShouldBe(0);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_the_public_address_of_expert_links_naming_the_setting()
    {
        await using var app = new App(_dataDirectory, "Production");

        var thrown = Should.Throw<Exception>(() => app.CreateClient());

        var configuration = Unwrap<ConfigurationException>(thrown);
        configuration.Message.ShouldStartWith("ExpertLinks:BaseUrl is not set.");
        configuration.Message.ShouldContain("https://experts.example.com/");
    }

    [Fact]
    public async Task A_restart_after_deleting_a_demo_user_does_not_bring_it_back_nor_reset_the_others()
    {
        await using (var first = new App(_dataDirectory, "Development"))
        {
            first.CreateClient().Dispose();
            await first.WithScopeAsync(async s =>
            {
                var users = s.GetRequiredService<UserManager<StaffUser>>();
                var pm = await users.FindByEmailAsync("pm@demo.local");
                (await users.DeleteAsync(pm.ShouldNotBeNull())).Succeeded.ShouldBeTrue();
                var finance = (await users.FindByEmailAsync("finance@demo.local")).ShouldNotBeNull();
                await users.SetLockoutEndDateAsync(finance, DateTimeOffset.UtcNow.AddYears(1));
                return 0;
            });
        }

        // The next start even brings a different demo password: it must change nothing.
        await using var second = new App(_dataDirectory, "Development", ("Demo:Password", "An0ther-Passw0rd!2026"));
        second.CreateClient().Dispose();

        await second.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<StaffUser>>();
            (await users.FindByEmailAsync("pm@demo.local")).ShouldBeNull();
            var admin = (await users.FindByEmailAsync("admin@demo.local")).ShouldNotBeNull();
            (await users.CheckPasswordAsync(admin, ExpertNetworkAppFactory.DemoPassword)).ShouldBeTrue("the password stays the one set when the demo was created");
            (await users.CheckPasswordAsync(admin, "An0ther-Passw0rd!2026")).ShouldBeFalse();
            var finance = (await users.FindByEmailAsync("finance@demo.local")).ShouldNotBeNull();
            (await users.IsLockedOutAsync(finance)).ShouldBeTrue("a lockout is not lifted by a restart");
            (await users.Users.CountAsync(Cancellation)).ShouldBe(3);
            return 0;
        });
    }

    [Fact]
    public async Task In_production_the_antiforgery_and_sign_in_cookies_are_secure()
    {
        await using var app = new App(_dataDirectory, "Production", ("ExpertLinks:BaseUrl", PublicAddress));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var created = await app.WithScopeAsync(async s =>
            (await s.GetRequiredService<StaffAccounts>().CreateOrResetAsync("ops@example.test", "ProgramManager", "Ops", "Str0ng-Passw0rd!2026")).Succeeded);
        created.ShouldBeTrue();

        var login = await client.GetAsync("/account/login", Cancellation);
        var form = await Support.HtmlPage.ReadAsync(login, Cancellation);
        using var content = new FormUrlEncodedContent([
            new("Email", "ops@example.test"), new("Password", "Str0ng-Passw0rd!2026"), new("ReturnUrl", string.Empty),
            new("__RequestVerificationToken", form.AntiforgeryToken)]);
        var signedIn = await client.PostAsync("/account/login", content, Cancellation);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookies = login.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        cookies.ShouldContain(c => c.StartsWith("expertnetwork.staff=", StringComparison.Ordinal));
        cookies.ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_controller_that_names_no_policy_is_closed_to_anonymous_users_and_open_to_staff()
    {
        await using var app = new App(_dataDirectory, "Development") { AddUnmarkedController = true };
        using var anonymous = Support.Browser.Open(app);
        using var staff = Support.Browser.Open(app);
        (await staff.SignInAsync(Support.DemoStaff.ProgramManager, Support.DemoStaff.Password)).Status.ShouldBe(HttpStatusCode.Redirect);

        var refused = await anonymous.GetAsync(UnmarkedController.Address);
        var served = await staff.GetAsync(UnmarkedController.Address);
        var unknown = await anonymous.GetAsync("/no/such/page");

        refused.Status.ShouldBe(HttpStatusCode.Redirect);
        refused.Location.ShouldNotBeNull().ShouldStartWith("/account/login");
        served.Status.ShouldBe(HttpStatusCode.OK);
        served.Text.ShouldBe(UnmarkedController.Body);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound, "an address that matches nothing is still a 404, not a sign-in page");
    }

    [Fact]
    public async Task The_pages_open_to_anonymous_users_are_exactly_the_ones_meant_to_be()
    {
        await using var app = new App(_dataDirectory, "Development");
        app.CreateClient().Dispose();

        // Sign-in, errors, expert links, portal sign-in, health and the API description. Everything else names a
        // policy or is closed to anyone but staff by the convention the test above proves.
        var open = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order().ToList();
        open.ShouldNotBeEmpty();
        open.ShouldAllBe(path =>
            path.StartsWith("/account", StringComparison.Ordinal) || path.StartsWith("/error", StringComparison.Ordinal)
            || path.StartsWith("/offers/", StringComparison.Ordinal) || path.StartsWith("/nda/", StringComparison.Ordinal)
            || path.StartsWith("/portal/sign-in", StringComparison.Ordinal) || path.StartsWith("/portal/link", StringComparison.Ordinal)
            || path.StartsWith("/health", StringComparison.Ordinal) || path.StartsWith("/openapi", StringComparison.Ordinal)
            || path.StartsWith("/experts/import/template", StringComparison.Ordinal) || path == "/" || path.StartsWith("/{controller", StringComparison.Ordinal));
    }

    private static T Unwrap<T>(Exception thrown) where T : Exception
    {
        for (Exception? e = thrown; e is not null; e = e.InnerException)
        {
            if (e is T found)
                return found;
        }
        throw new ShouldAssertException($"{thrown.GetType().Name} ({thrown.Message}) holds no {typeof(T).Name}.");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    /// <summary>The app in a given environment on a data folder that outlives it, so a second start sees the first's database.</summary>
    private sealed class App : ExpertNetworkAppFactory
    {
        private readonly string _environment;

        /// <summary>Adds <see cref="UnmarkedController"/>, a controller with no authorization attribute at all.</summary>
        public bool AddUnmarkedController { get; init; }

        public App(string dataDirectory, string environment, params (string Key, string Value)[] settings)
        {
            _environment = environment;
            Settings["Storage:DataDirectory"] = dataDirectory;
            foreach (var (key, value) in settings)
                Settings[key] = value;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(_environment);
            if (AddUnmarkedController)
            {
                builder.ConfigureServices(services => services.AddControllers().ConfigureApplicationPartManager(parts =>
                    parts.FeatureProviders.Add(new OnlyUnmarkedController())));
            }
        }
    }

    /// <summary>Makes <see cref="UnmarkedController"/> (and no other type of the test assembly) one of the app's controllers.</summary>
    private sealed class OnlyUnmarkedController : Microsoft.AspNetCore.Mvc.ApplicationParts.IApplicationFeatureProvider<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeature>
    {
        public void PopulateFeature(IEnumerable<Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPart> parts, Microsoft.AspNetCore.Mvc.Controllers.ControllerFeature feature) =>
            feature.Controllers.Add(typeof(UnmarkedController).GetTypeInfo());
    }
}

/// <summary>A controller written as a careless new one would be: no [Authorize], no [AllowAnonymous].</summary>
public sealed class UnmarkedController : Microsoft.AspNetCore.Mvc.Controller
{
    public const string Address = "/unmarked-probe";
    public const string Body = "served";

    [Microsoft.AspNetCore.Mvc.HttpGet(Address)]
    public Microsoft.AspNetCore.Mvc.IActionResult Get() => Content(Body);
}
