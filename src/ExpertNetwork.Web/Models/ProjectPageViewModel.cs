using ExpertNetwork.Application.Clients;
using ExpertNetwork.Application.Staffing;

namespace ExpertNetwork.Web.Models;

/// <summary>The project page: the project with its price list, and its staffing.</summary>
public sealed record ProjectPageViewModel(ProjectDetail Project, ProjectStaffingView Staffing);
