using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>POST and PUT /api/v1/experts as an integration uses them: roles, validation, duplicates and versions.</summary>
public sealed class ExpertsApiWriteTests(WebApp app) : IClassFixture<WebApp>
{
    private const string ProblemJson = "application/problem+json";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private Task<Guid> SpecialtyIdAsync(string name) => app.WithScopeAsync(s =>
        s.GetRequiredService<ExpertNetworkDbContext>().Specialties.Where(x => x.Name == name).Select(x => x.Id).FirstAsync(Cancellation));

    private async Task<Dictionary<string, object?>> BodyAsync(string email, string name = "Ravi Rao") => new()
    {
        ["fullName"] = name,
        ["email"] = email,
        ["countryCode"] = "IN",
        ["timeZoneId"] = "Asia/Kolkata",
        ["yearsOfExperience"] = 9,
        ["weeklyCapacityHours"] = 10,
        ["languages"] = new[] { "en", "hi" },
        ["specialtyIds"] = new[] { await SpecialtyIdAsync("Cardiology") },
    };

    private static string NewEmail() => $"api.{Guid.NewGuid():N}@clinic.example";

    private async Task<ApiCall> SendAsync(HttpMethod method, string url, string apiKey, object body, string? ifMatch = null)
    {
        using var browser = app.NewBrowser();
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", apiKey);
        if (ifMatch is not null)
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return await ApiCall.SendAsync(browser.Client, request);
    }

    [Fact]
    public async Task Posting_an_expert_creates_an_applicant_and_answers_201_with_its_location_and_etag()
    {
        var key = await app.IssueApiKeyAsync("Compliance");
        var email = NewEmail();

        var call = await SendAsync(HttpMethod.Post, "/api/v1/experts", key, await BodyAsync(email));

        call.Status.ShouldBe(HttpStatusCode.Created, call.Body);
        var id = call.Json.GetProperty("id").GetGuid();
        call.Response.Headers.Location!.AbsolutePath.ShouldBe($"/api/v1/experts/{id}");
        call.Response.Headers.ETag!.Tag.ShouldBe("\"0\"");
        call.Json.GetProperty("status").GetString().ShouldBe("Applicant");
        call.Json.GetProperty("email").GetString().ShouldBe(email);
        call.Json.GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["en", "hi"]);
    }

    [Fact]
    public async Task Invalid_input_is_a_400_problem_naming_each_field()
    {
        var key = await app.IssueApiKeyAsync("ProgramManager");
        var body = await BodyAsync("not-an-email");
        body["fullName"] = "";
        body["specialtyIds"] = Array.Empty<Guid>();

        var call = await SendAsync(HttpMethod.Post, "/api/v1/experts", key, body);

        call.Status.ShouldBe(HttpStatusCode.BadRequest);
        call.ContentType.ShouldBe(ProblemJson);
        var errors = call.Json.GetProperty("errors");
        errors.GetProperty("FullName")[0].GetString().ShouldBe("Enter the expert's full name.");
        errors.GetProperty("Email")[0].GetString().ShouldBe("Enter a valid email address.");
        errors.GetProperty("SpecialtyIds")[0].GetString().ShouldBe("Choose at least one specialty.");
    }

    [Fact]
    public async Task A_rule_the_domain_refuses_is_a_400_problem_with_its_message()
    {
        var key = await app.IssueApiKeyAsync("Compliance");
        var body = await BodyAsync(NewEmail());
        body["timeZoneId"] = "India Standard Time";

        var call = await SendAsync(HttpMethod.Post, "/api/v1/experts", key, body);

        call.Status.ShouldBe(HttpStatusCode.BadRequest);
        call.ContentType.ShouldBe(ProblemJson);
        call.Detail.ShouldBe("'India Standard Time' is not a known IANA time zone (for example Europe/Warsaw or America/New_York).");
    }

    [Fact]
    public async Task A_duplicate_email_in_any_letter_case_is_a_409_problem()
    {
        var key = await app.IssueApiKeyAsync("Compliance");
        var email = NewEmail();
        (await SendAsync(HttpMethod.Post, "/api/v1/experts", key, await BodyAsync(email))).Status.ShouldBe(HttpStatusCode.Created);

        var call = await SendAsync(HttpMethod.Post, "/api/v1/experts", key, await BodyAsync(email.ToUpperInvariant(), "Another Ravi"));

        call.Status.ShouldBe(HttpStatusCode.Conflict);
        call.ContentType.ShouldBe(ProblemJson);
        call.Detail.ShouldBe($"Another expert is already registered with the email address {email}. Open that expert's profile instead of creating a second one.");
    }

    [Fact]
    public async Task A_finance_key_may_not_create_or_update_experts()
    {
        var key = await app.IssueApiKeyAsync("Finance");

        var post = await SendAsync(HttpMethod.Post, "/api/v1/experts", key, await BodyAsync(NewEmail()));
        var put = await SendAsync(HttpMethod.Put, $"/api/v1/experts/{Guid.NewGuid()}", key, await BodyAsync(NewEmail()), "\"0\"");

        post.Status.ShouldBe(HttpStatusCode.Forbidden);
        post.ContentType.ShouldBe(ProblemJson);
        post.Detail.ShouldBe("This API key's role may not use this endpoint.");
        put.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_program_managers_key_may_not_change_an_experts_email_and_saves_nothing_but_compliance_may()
    {
        var compliance = await app.IssueApiKeyAsync("Compliance");
        var pm = await app.IssueApiKeyAsync("ProgramManager");
        var email = NewEmail();
        var created = await SendAsync(HttpMethod.Post, "/api/v1/experts", compliance, await BodyAsync(email));
        var id = created.Json.GetProperty("id").GetGuid();
        var swapped = await BodyAsync(NewEmail(), "Ravi Rao-Menon");

        var refused = await SendAsync(HttpMethod.Put, $"/api/v1/experts/{id}", pm, swapped, "\"0\"");
        var sameEmail = await BodyAsync(email, "Ravi Rao-Menon");
        var edited = await SendAsync(HttpMethod.Put, $"/api/v1/experts/{id}", pm, sameEmail, "\"0\"");
        var changed = await SendAsync(HttpMethod.Put, $"/api/v1/experts/{id}", compliance, swapped, "\"1\"");

        refused.Status.ShouldBe(HttpStatusCode.BadRequest, refused.Body);
        refused.ContentType.ShouldBe(ProblemJson);
        refused.Detail.ShouldNotBeNull().ShouldContain($"Only Compliance or an Admin may change an expert's email address. It stays {email}");
        edited.Status.ShouldBe(HttpStatusCode.OK, edited.Body);
        edited.Json.GetProperty("email").GetString().ShouldBe(email);
        edited.Json.GetProperty("fullName").GetString().ShouldBe("Ravi Rao-Menon");
        changed.Status.ShouldBe(HttpStatusCode.OK, changed.Body);
        changed.Json.GetProperty("email").GetString().ShouldBe((string)swapped["email"]!);
        var told = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().OutboxMessages
            .CountAsync(m => m.ToAddress == email && m.Subject == "Your email address at ExpertNetwork was changed", Cancellation));
        told.ShouldBe(1);
    }

    [Fact]
    public async Task Put_with_the_current_etag_saves_and_returns_the_next_one_and_a_stale_etag_is_412_with_nothing_saved()
    {
        var key = await app.IssueApiKeyAsync("Compliance");
        var created = await SendAsync(HttpMethod.Post, "/api/v1/experts", key, await BodyAsync(NewEmail()));
        var id = created.Json.GetProperty("id").GetGuid();
        var edit = await BodyAsync(NewEmail(), "Ravi Rao-Menon");

        var saved = await SendAsync(HttpMethod.Put, $"/api/v1/experts/{id}", key, edit, "\"0\"");
        edit["fullName"] = "Overwritten";
        var stale = await SendAsync(HttpMethod.Put, $"/api/v1/experts/{id}", key, edit, "\"0\"");
        using var browser = app.NewBrowser();
        var current = await ApiCall.GetAsync(browser.Client, $"/api/v1/experts/{id}", key);

        saved.Status.ShouldBe(HttpStatusCode.OK, saved.Body);
        saved.Response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        stale.ContentType.ShouldBe(ProblemJson);
        stale.Detail.ShouldNotBeNull().ShouldContain("changed by someone else");
        current.Json.GetProperty("fullName").GetString().ShouldBe("Ravi Rao-Menon");
        current.Response.Headers.ETag!.Tag.ShouldBe("\"1\"");
    }

    [Fact]
    public async Task Put_without_if_match_is_428_and_for_an_unknown_expert_is_404()
    {
        var key = await app.IssueApiKeyAsync("Admin");

        var withoutVersion = await SendAsync(HttpMethod.Put, $"/api/v1/experts/{Guid.NewGuid()}", key, await BodyAsync(NewEmail()));
        var unknown = await SendAsync(HttpMethod.Put, $"/api/v1/experts/{Guid.NewGuid()}", key, await BodyAsync(NewEmail()), "\"0\"");

        withoutVersion.Status.ShouldBe((HttpStatusCode)428);
        withoutVersion.Detail.ShouldNotBeNull().ShouldContain("If-Match");
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
        unknown.ContentType.ShouldBe(ProblemJson);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_write_endpoints()
    {
        using var browser = app.NewBrowser();

        var document = JsonDocument.Parse(await browser.Client.GetStringAsync("/openapi/v1.json", Cancellation)).RootElement;

        var paths = document.GetProperty("paths");
        paths.GetProperty("/api/v1/experts").TryGetProperty("post", out _).ShouldBeTrue();
        var put = paths.GetProperty("/api/v1/experts/{id}").GetProperty("put");
        put.GetProperty("responses").TryGetProperty("412", out _).ShouldBeTrue();
    }
}
