namespace ExpertNetwork.Application.Experts;

public enum ExpertSortDirection
{
    Asc,
    Desc,
}
