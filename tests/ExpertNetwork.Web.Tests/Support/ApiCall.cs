using System.Net;
using System.Text.Json;

namespace ExpertNetwork.Web.Tests.Support;

/// <summary>An API response with its JSON body parsed, as an integration would see it.</summary>
public sealed class ApiCall
{
    private ApiCall(HttpResponseMessage response, string body)
    {
        Response = response;
        Body = body;
        var trimmed = body.TrimStart();
        Json = trimmed.Length > 0 && trimmed[0] is '{' or '[' ? JsonDocument.Parse(body).RootElement.Clone() : default;
    }

    public HttpResponseMessage Response { get; }

    public HttpStatusCode Status => Response.StatusCode;

    public string? ContentType => Response.Content.Headers.ContentType?.MediaType;

    public string Body { get; }

    public JsonElement Json { get; }

    public string? Detail => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("detail", out var detail) ? detail.GetString() : null;

    public static async Task<ApiCall> GetAsync(HttpClient client, string url, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return new ApiCall(response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static async Task<ApiCall> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return new ApiCall(response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
