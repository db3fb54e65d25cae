using ExpertNetwork.Application.Clients;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Web.Models;

/// <summary>The project page: the project with its price list, its staffing, and the app clock's day that tells which bill rates are in effect.</summary>
public sealed record ProjectPageViewModel(ProjectDetail Project, ProjectStaffingView Staffing, DateOnly Today)
{
    /// <summary>Whether a bill rate from <paramref name="from"/> to <paramref name="to"/> applies today.</summary>
    public bool InEffect(DateOnly from, DateOnly? to) => new DateRange(from, to).Contains(Today);
}
