using ExpertNetwork.Application.Experts;
using ExpertNetwork.Application.Staffing;

namespace ExpertNetwork.Web.Models;

public sealed class StaffingRequestFormViewModel
{
    public OpenStaffingRequestInput Input { get; set; } = new();

    public IReadOnlyList<ProjectChoice> Projects { get; set; } = [];

    public IReadOnlyList<SpecialtyOption> Specialties { get; set; } = [];
}
