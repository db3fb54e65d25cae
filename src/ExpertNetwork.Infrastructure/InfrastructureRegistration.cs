using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Infrastructure.Calendar;
using ExpertNetwork.Infrastructure.Documents;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Seeding;
using ExpertNetwork.Infrastructure.Storage;
using ExpertNetwork.Infrastructure.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ExpertNetwork.Infrastructure;

public static class InfrastructureRegistration
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddDbContext<ExpertNetworkDbContext>(options => DatabaseSetup.Configure(options, settings));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<ExpertNetworkDbContext>());
        services.TryAddSingleton<IClock, SystemClock>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffTwoFactor>();
        services.TryAddSingleton(new SecurityOptions());
        services.TryAddSingleton<IPdfRenderer, SkiaPdfRenderer>();
        services.TryAddSingleton<CalendarInvites>();
        services.TryAddSingleton(sp => new LocalFileStore(settings.FilesDirectory, sp.GetRequiredService<IClock>()));
        services.TryAddScoped<DatabaseFileStore>();
        services.TryAddScoped<FileStoreMigration>();
        // Scoped: the database store works on the unit of work's connection (and its transaction, when one is open).
        if (settings.FileStore == FileStoreKind.Database)
            services.TryAddScoped<IFileStore>(sp => sp.GetRequiredService<DatabaseFileStore>());
        else
            services.TryAddScoped<IFileStore>(sp => sp.GetRequiredService<LocalFileStore>());
        return services;
    }
}
