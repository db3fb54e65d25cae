using ExpertNetwork.TestSupport;

namespace ExpertNetwork.BrowserTests;

/// <summary>
/// An app of its own on a fresh demo database (with its own dev mailbox), for tests that add records: the shared
/// app's registry must keep the demo counts other tests read. Pass <see cref="BaseAddress"/> to
/// <see cref="BrowserTest"/> and pages reach it by relative address.
/// </summary>
public sealed class SeparateApp : IAsyncLifetime
{
    private ExpertNetworkAppFactory? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public ValueTask InitializeAsync()
    {
        // Without Chromium the tests are skipped; no need to start an app for them.
        if (ChromiumLocator.Find() is null)
            return ValueTask.CompletedTask;
        _app = new ExpertNetworkAppFactory();
        _app.ServeOverKestrel();
        BaseAddress = _app.ServerAddress;
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs work with this app's services, e.g. to add the records a test starts from.</summary>
    public Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work) =>
        (_app ?? throw new InvalidOperationException("The separate app runs only when Chromium is available.")).WithScopeAsync(work);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
