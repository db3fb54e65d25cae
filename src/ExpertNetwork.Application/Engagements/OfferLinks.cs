namespace ExpertNetwork.Application.Engagements;

/// <summary>The address of an offer link; the token is the only secret in it.</summary>
public static class OfferLinks
{
    public static string For(Uri appBaseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(appBaseUrl);
        return new Uri(appBaseUrl, "/offers/" + Uri.EscapeDataString(token)).ToString();
    }

    /// <summary>How long after acceptance the offer link still offers the accepted contract PDF (as the NDA link does its signed copy).</summary>
    public static readonly TimeSpan ContractCopyWindow = TimeSpan.FromDays(7);
}
