using ExpertNetwork.Application.Timesheets;

namespace ExpertNetwork.Web.Models;

public sealed record ApprovalsPageModel(ApprovalQueueView Queue, Guid? ProjectId, Guid? SprintId);
