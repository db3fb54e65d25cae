using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Domain.Staffing;

/// <summary>
/// What a staffing request asks of an expert, gathered from the request, its project and its client: the input of
/// <see cref="StaffingFitRules"/> and of the SQL query that applies the same rules to the whole registry.
/// </summary>
/// <param name="SpecialtyIds">Every specialty the request admits: its specialty's subtree, or its subspecialties' subtrees when it names any.</param>
/// <param name="SpecialtyNames">The specialty (or subspecialties) as the program manager chose them, for messages.</param>
/// <param name="ClientNdaTemplateAvailable">A current (not retired) client NDA of the client exists, so an expert can sign it while accepting.</param>
public sealed record StaffingTerms(
    Guid StaffingRequestId,
    Guid ClientId,
    string ClientName,
    IReadOnlySet<Guid> SpecialtyIds,
    string SpecialtyNames,
    IReadOnlyList<CredentialKind> RequiredCredentialKinds,
    IReadOnlyList<string> Languages,
    Activity Activity,
    decimal HoursPerWeek,
    DateRange Window,
    Money MaxHourlyPayRate,
    bool RequiresClientNda,
    bool ClientNdaTemplateAvailable,
    IReadOnlyList<string> RestrictedCompanies,
    string ProjectTimeZoneId)
{
    public DateOnly WindowEnd => Window.End ?? Window.Start;

    /// <summary>The materialised paths of the specialties chosen (each admits everything below it), for prefix matches in SQL.</summary>
    public IReadOnlyList<string> SpecialtyRootPaths { get; init; } = [];

    public static StaffingTerms For(
        StaffingRequest request, Project project, Client client, IReadOnlySet<Guid> specialtyIds, string specialtyNames, bool clientNdaTemplateAvailable,
        IReadOnlyList<string>? specialtyRootPaths = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(client);
        return new StaffingTerms(request.Id, client.Id, client.Name, specialtyIds, specialtyNames, request.RequiredCredentialKinds, request.Languages,
            request.Activity, request.HoursPerWeek, request.Window, request.MaxHourlyPayRate,
            client.RequiresClientNda || project.RequiredNdaScope == Compliance.NdaScope.Client, clientNdaTemplateAvailable,
            client.RestrictedCompanies, project.TimeZoneId) { SpecialtyRootPaths = specialtyRootPaths ?? [] };
    }
}
