namespace ExpertNetwork.Application.Experts.Import;

public enum ImportRowStatus
{
    /// <summary>The row registers a new expert (or adds a credential to an expert the same file registers).</summary>
    Create,

    /// <summary>The row changes an expert already in the registry or adds a credential to one.</summary>
    Update,

    /// <summary>The registry already holds exactly what the row says; nothing is written.</summary>
    Unchanged,

    /// <summary>The row has problems and is not imported.</summary>
    Rejected,
}
