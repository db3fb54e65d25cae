using ExpertNetwork.TestSupport;

namespace ExpertNetwork.BrowserTests;

/// <summary>
/// An app of its own on a fresh demo database, for tests that add records: the shared app's registry must keep the
/// demo counts other tests read. Pages reach it by absolute address (<see cref="Url"/>).
/// </summary>
public sealed class SeparateApp : IAsyncLifetime
{
    private ExpertNetworkAppFactory? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

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

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
