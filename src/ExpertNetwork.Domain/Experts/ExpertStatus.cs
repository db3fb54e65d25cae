namespace ExpertNetwork.Domain.Experts;

public enum ExpertStatus
{
    Applicant,
    Vetted,
    Active,
    Suspended,
    Archived,
}
