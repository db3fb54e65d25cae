namespace ExpertNetwork.Application.Portal;

/// <summary>Addresses of the expert portal: the sign-in page (safe to put in any email) and a one-time sign-in link.</summary>
public static class PortalLinks
{
    public const string SignInPath = "/portal/sign-in";

    public static string SignIn(Uri appBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(appBaseUrl);
        return new Uri(appBaseUrl, SignInPath).ToString();
    }

    public static string For(Uri appBaseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(appBaseUrl);
        return new Uri(appBaseUrl, "/portal/link/" + Uri.EscapeDataString(token)).ToString();
    }
}
