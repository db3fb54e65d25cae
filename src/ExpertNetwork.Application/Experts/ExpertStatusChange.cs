namespace ExpertNetwork.Application.Experts;

/// <summary>The status changes staff can make to an expert.</summary>
public enum ExpertStatusChange
{
    MarkVetted,
    Activate,
    Suspend,
    Reinstate,
    Archive,
}
