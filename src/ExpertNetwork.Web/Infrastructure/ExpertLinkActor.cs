namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// Marks a request as made by an expert through an emailed link, so the audit trail names the expert's link rather
/// than "system". The id is a short prefix of the token's hash: enough to tell links apart, useless to rebuild one.
/// </summary>
public sealed record ExpertLinkActor(string Id, string Name)
{
    private static readonly object Key = new();

    public static void Mark(HttpContext context, string purpose, string? token)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hash = ExpertNetwork.Domain.Compliance.LinkToken.IsWellFormed(token) ? ExpertNetwork.Domain.Compliance.LinkToken.HashOf(token!)[..12] : "invalid";
        context.Items[Key] = new ExpertLinkActor($"{purpose}-link:{hash}", $"Expert via {purpose.ToUpperInvariant()} link");
    }

    public static ExpertLinkActor? Of(HttpContext context) =>
        context?.Items.TryGetValue(Key, out var value) == true ? value as ExpertLinkActor : null;
}
