using Microsoft.AspNetCore.Mvc.Testing;

namespace ExpertNetwork.Web.Tests.Support;

/// <summary>
/// An HttpClient that behaves like a staff member's browser: it keeps cookies, shows redirects instead of following
/// them, and posts forms the way the page does, with the antiforgery token read from the form.
/// </summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    public const string AuthCookieName = "expertnetwork.staff";

    public HttpClient Client => client;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static Browser Open(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<HtmlPage> GetAsync(string url) => await HtmlPage.ReadAsync(await client.GetAsync(url, Cancellation), Cancellation);

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the token of the form on <paramref name="formPage"/>.</summary>
    public async Task<HtmlPage> SubmitAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = await GetAsync(formPage);
        return await PostAsync(action, fields.Append(new("__RequestVerificationToken", form.AntiforgeryToken)));
    }

    /// <summary>Posts the fields exactly as given: no token is added.</summary>
    public async Task<HtmlPage> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await HtmlPage.ReadAsync(await client.PostAsync(action, content, Cancellation), Cancellation);
    }

    public Task<HtmlPage> SignInAsync(string email, string password, string? returnUrl = null) =>
        SubmitAsync(
            returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}",
            "/account/login",
            [new("Email", email), new("Password", password), new("ReturnUrl", returnUrl ?? string.Empty)]);

    public void Dispose() => client.Dispose();
}
