using System.Collections.Concurrent;
using ExpertNetwork.Application.Administration;
using ExpertNetwork.Infrastructure.Email;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests.Support;

/// <summary>
/// The app with its demo data, shared by the tests of one class (seeding takes seconds). Tests that change state
/// make their own users and keys so the demo staff stay usable.
/// </summary>
public class WebApp : ExpertNetworkAppFactory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Browser>>> _shared = new(StringComparer.Ordinal);

    public Browser NewBrowser() => Browser.Open(this);

    /// <summary>A new browser signed in as <paramref name="email"/>; the sign-in must land on the dashboard.</summary>
    public async Task<Browser> SignedInAsync(string email, string password = DemoPassword)
    {
        var browser = NewBrowser();
        var signIn = await browser.SignInAsync(email, password);
        signIn.Location.ShouldBe("/dashboard", $"signing in as {email} should land on the dashboard");
        return browser;
    }

    /// <summary>
    /// One signed-in browser per user for the whole class, for tests that only read: sign-in is rate limited
    /// (20 a minute), so read-only tests should not each sign in again.
    /// </summary>
    public Task<Browser> SharedBrowserAsync(string email) =>
        _shared.GetOrAdd(email, e => new Lazy<Task<Browser>>(() => SignedInAsync(e))).Value;

    public Task<string> IssueApiKeyAsync(string role) =>
        WithScopeAsync(async services =>
            (await services.GetRequiredService<IssueApiKeyHandler>().HandleAsync(new IssueApiKeyCommand($"test-{role.ToLowerInvariant()}", role), TestContext.Current.CancellationToken)).Key);

    /// <summary>
    /// The text of a queued mail as the recipient gets it: the file the dispatcher (every second in tests) writes to
    /// the pickup folder. The outbox row itself keeps no one-time link once the mail is sent.
    /// </summary>
    public async Task<string> DeliveredTextAsync(string messageId)
    {
        var path = Path.Combine(Services.GetRequiredService<EmailOptions>().PickupDirectory, PickupDirectoryMailTransport.FileNameFor(messageId));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!File.Exists(path))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30))
                throw new ShouldAssertException($"Mail {messageId} was not delivered to the pickup folder within 30 seconds.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        using var mail = await MimeKit.MimeMessage.LoadAsync(path, TestContext.Current.CancellationToken);
        return mail.TextBody ?? string.Empty;
    }

    /// <summary>An expert from the demo data that has credentials, NDAs and history to show.</summary>
    public Task<(Guid Id, string Name)> ExpertWithFullRecordAsync() =>
        WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ExpertNetworkDbContext>();
            var withNda = db.NdaAgreements.Select(n => n.ExpertId);
            var expert = await db.Experts.AsNoTracking()
                .Where(e => withNda.Contains(e.Id) && db.Credentials.Any(c => c.ExpertId == e.Id))
                .OrderBy(e => e.FullName)
                .Select(e => new { e.Id, e.FullName })
                .FirstAsync(TestContext.Current.CancellationToken);
            return (expert.Id, expert.FullName);
        });

    /// <summary>The id of a staffing request from the demo data, by title.</summary>
    public Task<Guid> StaffingRequestAsync(string title) =>
        WithScopeAsync(services => services.GetRequiredService<ExpertNetworkDbContext>().StaffingRequests.AsNoTracking()
            .Where(r => r.Title == title).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));
}
