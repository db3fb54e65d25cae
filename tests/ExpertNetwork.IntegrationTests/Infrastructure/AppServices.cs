using ExpertNetwork.Infrastructure.Compliance;
using ExpertNetwork.Infrastructure.Email;
using ExpertNetwork.Infrastructure.Staffing;
using ExpertNetwork.Infrastructure.Portal;
using ExpertNetwork.Infrastructure.Sprints;
using Microsoft.Extensions.Configuration;
using ExpertNetwork.Application;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Infrastructure;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Invoicing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Templates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpertNetwork.IntegrationTests.Infrastructure;

/// <summary>
/// The application's services composed the way the web app composes them (infrastructure, application handlers,
/// Identity), with the clock and the current actor under the test's control. Each scope is one unit of work with
/// its own DbContext, as one HTTP request would be.
/// </summary>
public sealed class AppServices : IAsyncDisposable
{
    private readonly ServiceProvider _root;

    private AppServices(ServiceProvider root) => _root = root;

    public static AppServices Create(DatabaseSettings settings, IClock clock, ICurrentActor actor)
    {
        var services = new ServiceCollection();
        Compose(services, settings, clock, actor);
        return new AppServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
    }

    /// <summary>Adds the application's services to a collection (also used to build a whole host around them).</summary>
    /// <summary>The public address (<c>ExpertLinks:BaseUrl</c>) every link in the tests' mail starts with.</summary>
    public const string PublicAddress = "https://app.expertnetwork.test/";

    public static void Compose(IServiceCollection services, DatabaseSettings settings, IClock clock, ICurrentActor actor)
    {
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // Registered before AddInfrastructure, whose TryAdd then keeps this clock instead of the system one.
        services.AddSingleton(clock);
        services.AddSingleton(actor);
        services.AddInfrastructure(settings);
        services.AddApplication(autoMapperLicenseKey: null);
        // The app's mail registration with no SMTP host: mail goes to a pickup folder under the data directory.
        // Links in mail are built on the configured public address only, never on a request's Host.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ExpertLinks:BaseUrl"] = PublicAddress })
            .Build();
        services.AddEmail(configuration, settings.DataDirectory);
        // The repository's shipped templates; saved versions are read from the test's database.
        services.AddTemplates(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Templates:Directory"] = Path.Combine(RepositoryRoot.Locate(), "templates") })
            .Build());
        services.AddCompliance(configuration);
        services.AddStaffing(configuration);
        services.AddSprints(configuration);
        services.AddPortal(configuration);
        services.AddFinance(configuration);
        AddStaffIdentity(services);
    }

    public AsyncServiceScope NewScope() => _root.CreateAsyncScope();

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = NewScope();
        return await work(scope.ServiceProvider);
    }

    public async Task RunAsync(Func<IServiceProvider, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = NewScope();
        await work(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync() => _root.DisposeAsync();

    // The same Identity setup as WebComposition.AddExpertNetwork (that method needs a whole WebApplicationBuilder).
    private static void AddStaffIdentity(IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ExpertNetworkDbContext>()
            .AddDefaultTokenProviders();
        // Password-reset tokens need data protection; keys in memory leave nothing behind on the machine.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
    }
}
