namespace ExpertNetwork.Application.Experts;

/// <summary>How the expert list is ordered. Each order ends with the id, so paging never repeats or skips anyone.</summary>
public enum ExpertSort
{
    Name,
    Country,
    Experience,
    Rate,
    Newest,
}
