namespace ExpertNetwork.Application.Compliance;

/// <summary>Saving a change to an NDA that staff made from the expert's page, where someone else may have changed it first.</summary>
internal static class NdaChanges
{
    public const string ChangedMeanwhileMessage = "Someone else changed this NDA at the same time. Check its status below and try again.";

    public static Refusal ChangedMeanwhile(Exception? innerException = null) =>
        Refusal.Of(RefusalKind.Stale, ChangedMeanwhileMessage, innerException: innerException);

    public static async Task SaveAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw ChangedMeanwhile(ex);
        }
    }
}
