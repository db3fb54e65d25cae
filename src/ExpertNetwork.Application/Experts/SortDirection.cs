namespace ExpertNetwork.Application.Experts;

public enum SortDirection
{
    Asc,
    Desc,
}
