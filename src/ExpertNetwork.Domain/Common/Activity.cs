namespace ExpertNetwork.Domain.Common;

/// <summary>The kinds of paid work an expert does on a project.</summary>
public enum Activity
{
    Annotation,
    Review,
    RubricDesign,
    RedTeaming,
    Evaluation,
}
