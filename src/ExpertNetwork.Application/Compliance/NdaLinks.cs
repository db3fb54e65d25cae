namespace ExpertNetwork.Application.Compliance;

/// <summary>The address of an NDA signing link; the token is the only secret in it.</summary>
public static class NdaLinks
{
    public static string For(Uri appBaseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(appBaseUrl);
        return new Uri(appBaseUrl, "/nda/" + Uri.EscapeDataString(token)).ToString();
    }
}
