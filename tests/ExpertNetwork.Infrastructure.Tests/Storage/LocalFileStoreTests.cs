using System.Security.Cryptography;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Infrastructure.Storage;

namespace ExpertNetwork.Infrastructure.Tests.Storage;

public sealed class LocalFileStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "en-files-" + Guid.NewGuid().ToString("N"));
    private readonly LocalFileStore store;

    public LocalFileStoreTests() => store = new LocalFileStore(root, new FixedClock(new DateTime(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc)));

    public void Dispose()
    {
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Saved_file_reads_back_with_its_size_and_sha256_under_a_generated_name()
    {
        var bytes = RandomNumberGenerator.GetBytes(200_000);

        var stored = await store.SaveAsync("evidence", new MemoryStream(bytes), TestContext.Current.CancellationToken);

        Assert.Matches("^evidence/2026-03/[0-9a-f]{32}\\.bin$", stored.Key);
        Assert.Equal(bytes.Length, stored.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        await using var read = await store.OpenReadAsync(stored.Key, TestContext.Current.CancellationToken);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Empty(Directory.GetFiles(root, "*.partial", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Two_saves_of_the_same_content_get_different_keys()
    {
        var first = await store.SaveAsync("nda", new MemoryStream([1, 2, 3]), TestContext.Current.CancellationToken);
        var second = await store.SaveAsync("nda", new MemoryStream([1, 2, 3]), TestContext.Current.CancellationToken);

        Assert.NotEqual(first.Key, second.Key);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public async Task Missing_file_opens_as_null_and_deletes_quietly()
    {
        const string key = "evidence/2026-03/00000000000000000000000000000000.bin";

        Assert.Null(await store.OpenReadAsync(key, TestContext.Current.CancellationToken));
        await store.DeleteAsync(key, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("evidence/2026-03/../../../secret.bin")]
    [InlineData("/etc/passwd")]
    [InlineData("evidence/2026-03/ABC.bin")]
    public async Task Keys_the_store_did_not_issue_are_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(key, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Area_names_are_checked()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync("../up", new MemoryStream([1]), TestContext.Current.CancellationToken));
    }

    private sealed class FixedClock(DateTime now) : IClock
    {
        public DateTime UtcNow => now;
    }
}
