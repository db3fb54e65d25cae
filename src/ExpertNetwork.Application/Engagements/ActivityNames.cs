namespace ExpertNetwork.Application.Engagements;

/// <summary>Activities as an expert reads them in an offer and a contract.</summary>
public static class ActivityNames
{
    public static string Describe(Activity activity) => activity switch
    {
        Activity.Annotation => "Annotation",
        Activity.Review => "Review",
        Activity.RubricDesign => "Rubric design",
        Activity.RedTeaming => "Red-teaming",
        _ => "Evaluation",
    };
}
