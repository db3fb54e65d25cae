using System.Security.Cryptography;
using System.Text;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Storage;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Storage;

/// <summary>
/// The database file store on a real database: what one node saves, any node reads; a file saved in a transaction
/// shares its fate; and `migrate-files`' copy of a data folder keeps every record's key and refuses altered files.
/// </summary>
public abstract class DatabaseFileStoreTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider), IDisposable
{
    private static readonly byte[] Scan = Encoding.ASCII.GetBytes("%PDF-1.7\n% licence scan\n%%EOF\n");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "expertnetwork-files-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_saved_file_reads_back_in_another_unit_of_work_with_its_size_and_hash()
    {
        var stored = await App.RunAsync(s => s.Get<DatabaseFileStore>().SaveAsync("evidence", new MemoryStream(Scan), Cancellation));

        stored.Key.ShouldMatch($"^evidence/{Clock.UtcNow:yyyy-MM}/[0-9a-f]{{32}}\\.bin$");
        stored.SizeBytes.ShouldBe(Scan.Length);
        stored.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Scan)));
        (await ReadAsync(stored.Key)).ShouldBe(Scan);
        var row = await ReadAsync(db => db.Set<StoredFileRecord>().AsNoTracking().SingleAsync(Cancellation));
        (row.Area, row.SizeBytes, row.Sha256).ShouldBe(("evidence", (long)Scan.Length, stored.Sha256));
    }

    [Fact]
    public async Task A_file_saved_in_a_transaction_that_rolls_back_is_gone_and_one_that_commits_stays()
    {
        var (rolledBack, committed) = await App.RunAsync(async s =>
        {
            var db = s.Db();
            var store = s.Get<DatabaseFileStore>();
            StoredFile first;
            await using (var transaction = await db.Database.BeginTransactionAsync(Cancellation))
            {
                first = await store.SaveAsync("invoices", new MemoryStream(Scan), Cancellation);
                (await store.OpenReadAsync(first.Key, Cancellation)).ShouldNotBeNull("the transaction sees its own file");
                await transaction.RollbackAsync(Cancellation);
            }
            StoredFile second;
            await using (var transaction = await db.Database.BeginTransactionAsync(Cancellation))
            {
                second = await store.SaveAsync("invoices", new MemoryStream(Scan), Cancellation);
                await transaction.CommitAsync(Cancellation);
            }
            return (first, second);
        });

        (await ReadAsync(rolledBack.Key)).ShouldBeNull();
        (await ReadAsync(committed.Key)).ShouldBe(Scan);
    }

    [Fact]
    public async Task Saving_a_file_leaves_the_callers_pending_changes_unsaved()
    {
        var taxonomy = TestTaxonomy.Create();
        await App.RunAsync(async s =>
        {
            s.Db().AddRange(taxonomy.All);
            await s.Get<DatabaseFileStore>().SaveAsync("evidence", new MemoryStream(Scan), Cancellation);
        });

        (await ReadAsync(db => db.Specialties.CountAsync(Cancellation))).ShouldBe(0);
        (await ReadAsync(db => db.Set<StoredFileRecord>().CountAsync(Cancellation))).ShouldBe(1);
    }

    [Fact]
    public async Task A_deleted_file_is_gone_and_deleting_it_again_is_not_an_error()
    {
        var stored = await App.RunAsync(s => s.Get<DatabaseFileStore>().SaveAsync("nda", new MemoryStream(Scan), Cancellation));

        await App.RunAsync(s => s.Get<DatabaseFileStore>().DeleteAsync(stored.Key, Cancellation));
        await App.RunAsync(s => s.Get<DatabaseFileStore>().DeleteAsync(stored.Key, Cancellation));

        (await ReadAsync(stored.Key)).ShouldBeNull();
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("evidence/2026-03/not-hex.bin")]
    [InlineData("Evidence/2026-03/0123456789abcdef0123456789abcdef.bin")]
    public async Task A_key_the_store_never_issues_is_refused(string key)
    {
        var refused = await Should.ThrowAsync<ArgumentException>(() => App.RunAsync(s => s.Get<DatabaseFileStore>().OpenReadAsync(key, Cancellation)));

        refused.Message.ShouldStartWith("The file key is not one this store issues.");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_a_sentence_and_nothing_is_stored()
    {
        var refused = await Should.ThrowAsync<InvalidOperationException>(() =>
            App.RunAsync(s => s.Get<DatabaseFileStore>().SaveAsync("imports", new MemoryStream(new byte[DatabaseFileStore.MaxBytes + 1]), Cancellation)));

        refused.Message.ShouldBe("The file is larger than 32 MB, the most the database file store keeps. Store a smaller file.");
        (await ReadAsync(db => db.Set<StoredFileRecord>().CountAsync(Cancellation))).ShouldBe(0);
    }

    [Fact]
    public async Task Copying_a_data_folder_keeps_the_keys_refuses_altered_files_names_missing_ones_and_skips_what_is_there_on_a_second_run()
    {
        var disk = new LocalFileStore(_folder, Clock);
        var intact = await disk.SaveAsync("evidence", new MemoryStream(Scan), Cancellation);
        var altered = await disk.SaveAsync("evidence", new MemoryStream(Scan), Cancellation);
        var missing = await disk.SaveAsync("evidence", new MemoryStream(Scan), Cancellation);
        var upload = await disk.SaveAsync("imports", new MemoryStream("email\n"u8.ToArray()), Cancellation);
        await File.WriteAllTextAsync(Path.Combine(_folder, altered.Key), "%PDF-1.7 edited afterwards", Cancellation);
        File.Delete(Path.Combine(_folder, missing.Key));
        await File.WriteAllTextAsync(Path.Combine(_folder, "evidence", "stray.partial"), "half", Cancellation);
        var expert = new ExpertBuilder().Build();
        var credentials = new[] { intact, altered, missing }.Select((file, i) =>
        {
            var credential = new CredentialBuilder(expert).Build();
            credential.AttachEvidence($"licence-{i}.pdf", "application/pdf", file.SizeBytes, file.Sha256, file.Key);
            return credential;
        }).ToArray();
        await SaveAsync([expert, .. credentials]);

        var first = await App.RunAsync(s => s.Get<FileStoreMigration>().CopyFolderAsync(_folder, Cancellation));
        var second = await App.RunAsync(s => s.Get<FileStoreMigration>().CopyFolderAsync(_folder, Cancellation));

        (first.Copied, first.AlreadyStored, first.NotStoreFiles).ShouldBe((2, 0, 1));
        first.Problems.Count.ShouldBe(2);
        first.Problems.ShouldContain(p => p.StartsWith($"The file {altered.Key} (evidence of credential {credentials[1].Id}) does not match the SHA-256 the database records for it, so it was not copied.", StringComparison.Ordinal));
        first.Problems.ShouldContain(p => p.StartsWith($"The file {missing.Key} (evidence of credential {credentials[2].Id}) is neither in {Path.GetFullPath(_folder)} nor in the database.", StringComparison.Ordinal));
        (second.Copied, second.AlreadyStored).ShouldBe((0, 2));
        second.Problems.Count.ShouldBe(2);
        (await ReadAsync(intact.Key)).ShouldBe(Scan);
        (await ReadAsync(upload.Key)).ShouldBe("email\n"u8.ToArray());
        (await ReadAsync(altered.Key)).ShouldBeNull();
        Directory.EnumerateFiles(_folder, "*.bin", SearchOption.AllDirectories).Count().ShouldBe(3, "the folder is left as it was");
    }

    private Task<byte[]?> ReadAsync(string key) => App.RunAsync(async s =>
    {
        await using var stream = await s.Get<DatabaseFileStore>().OpenReadAsync(key, Cancellation);
        if (stream is null)
            return null;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Cancellation);
        return copy.ToArray();
    });
}
