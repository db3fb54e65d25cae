using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Engagements;

/// <summary>What of a project an expert is told before accepting, by the project's <see cref="ConfidentialityLevel"/>.</summary>
/// <param name="Title">Open and confidential: the project's name. Restricted: the request's title only (the project name can identify the client).</param>
/// <param name="Client">Open: the client's name. Otherwise a neutral phrase.</param>
/// <param name="Description">Open and confidential: the project description. Restricted: null (details come after acceptance, under NDA).</param>
/// <param name="Brief">The expert brief, written for experts: shown at every level.</param>
public sealed record OfferDisclosure(ConfidentialityLevel Level, string Title, string Client, bool ClientNamed, string? Description, string Brief)
{
    public const string ConfidentialClient = "a client whose name is shared after acceptance";

    public static OfferDisclosure For(Project project, string clientName, StaffingRequest request)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        return project.Confidentiality switch
        {
            ConfidentialityLevel.Open => new(project.Confidentiality, project.Name, clientName, true, project.Description, project.ExpertBrief),
            ConfidentialityLevel.Confidential => new(project.Confidentiality, project.Name, ConfidentialClient, false, project.Description, project.ExpertBrief),
            _ => new(project.Confidentiality, request.Title, ConfidentialClient, false, null, project.ExpertBrief),
        };
    }
}
