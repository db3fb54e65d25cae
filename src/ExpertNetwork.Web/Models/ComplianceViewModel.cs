using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Infrastructure.Scheduling;

namespace ExpertNetwork.Web.Models;

public sealed record ComplianceViewModel(ComplianceDashboardView Dashboard, JobStatus? LastScheduledScan);
