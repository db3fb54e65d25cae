using ExpertNetwork.Application.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Infrastructure.Templates;

public static class TemplatesRegistration
{
    /// <summary>Registers <see cref="TemplateEngine"/> (as itself and <see cref="ITemplateRenderer"/>), saved versions read from the database, and the <see cref="ITemplateLibrary"/> behind the editor, with options from <c>Templates</c>.</summary>
    public static IServiceCollection AddTemplates(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<TemplateOptions>(configuration.GetSection(TemplateOptions.SectionName));
        services.AddLogging();
        services.AddSingleton<ITemplateOverrides, DatabaseTemplateOverrides>();
        services.AddSingleton<TemplateEngine>();
        services.AddSingleton<ITemplateLibrary, TemplateLibrary>();
        services.AddSingleton<ITemplateRenderer>(sp => sp.GetRequiredService<TemplateEngine>());
        // Documents are templates laid out as PDF; the PDF renderer itself comes with AddInfrastructure.
        services.AddSingleton<ExpertNetwork.Application.Documents.IDocumentRenderer, ExpertNetwork.Infrastructure.Documents.TemplatedDocumentRenderer>();
        services.Configure<ExpertNetwork.Infrastructure.Documents.CompanyOptions>(configuration.GetSection(ExpertNetwork.Infrastructure.Documents.CompanyOptions.Section));
        services.AddSingleton<ExpertNetwork.Application.Compliance.INdaDocuments, ExpertNetwork.Infrastructure.Documents.NdaDocuments>();
        services.AddSingleton<ExpertNetwork.Application.Engagements.IContractDocuments, ExpertNetwork.Infrastructure.Documents.ContractDocuments>();
        return services;
    }
}
