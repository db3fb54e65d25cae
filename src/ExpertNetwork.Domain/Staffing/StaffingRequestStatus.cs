namespace ExpertNetwork.Domain.Staffing;

public enum StaffingRequestStatus
{
    Open,
    Filled,
    Closed,
}
