using System.Security.Cryptography;
using System.Text;
using ExpertNetwork.Application.Administration;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Administration;

public abstract class ApiKeyTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    [Fact]
    public async Task An_issued_key_authenticates_as_its_integration_with_its_role()
    {
        var issued = await IssueAsync("Northwind sync", "programmanager");

        var identity = await AuthenticateAsync(issued.Key);

        identity.ShouldNotBeNull();
        identity.ShouldBe(new ApiKeyIdentity(issued.Id, "Northwind sync", StaffRoles.ProgramManager));
        issued.Key.ShouldStartWith(IssueApiKeyHandler.KeyPrefix);
        (await AuthenticateAsync($"  {issued.Key}\t")).ShouldBe(identity);
    }

    [Fact]
    public async Task A_key_that_differs_from_an_issued_one_is_refused()
    {
        var issued = await IssueAsync("Northwind sync", StaffRoles.Compliance);
        var sameStartOtherEnd = issued.Key[..^1] + (issued.Key[^1] == 'A' ? 'B' : 'A');
        var other = IssueApiKeyHandler.KeyPrefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

        (await AuthenticateAsync(sameStartOtherEnd)).ShouldBeNull();
        (await AuthenticateAsync(other)).ShouldBeNull();
        (await AuthenticateAsync(issued.Key.ToUpperInvariant())).ShouldBeNull();
    }

    [Fact]
    public async Task A_revoked_key_is_refused_while_other_keys_keep_working()
    {
        var revoked = await IssueAsync("Old exporter", StaffRoles.Admin);
        var kept = await IssueAsync("New exporter", StaffRoles.Admin);

        await ChangeAsync(async db => (await db.ApiKeys.SingleAsync(k => k.Id == revoked.Id, Cancellation)).Revoke(Clock.UtcNow));

        (await AuthenticateAsync(revoked.Key)).ShouldBeNull();
        (await AuthenticateAsync(kept.Key)).ShouldNotBeNull().Id.ShouldBe(kept.Id);
    }

    [Fact]
    public async Task An_expired_key_is_refused_with_a_sentence_from_its_expiry_on()
    {
        var issued = await App.RunAsync(services => services.Get<IssueApiKeyHandler>().HandleAsync(new IssueApiKeyCommand("Quarterly export", StaffRoles.Finance, Clock.UtcNow.AddDays(1)), Cancellation));

        var before = await CheckAsync(issued.Key);
        Clock.Advance(TimeSpan.FromDays(1));
        var after = await CheckAsync(issued.Key);

        before.Succeeded.ShouldBeTrue();
        after.Identity.ShouldBeNull();
        after.Refusal.ShouldBe($"This API key expired on {Clock.UtcNow:yyyy-MM-dd HH:mm} UTC. Ask an admin for a new key or a later expiry.");
    }

    [Fact]
    public async Task Last_use_is_written_at_most_once_a_minute_and_without_an_audit_event()
    {
        var issued = await IssueAsync("Northwind sync", StaffRoles.Admin);
        var events = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));
        var first = Clock.UtcNow;

        await CheckAsync(issued.Key);
        Clock.Advance(TimeSpan.FromSeconds(30));
        await CheckAsync(issued.Key);
        var withinTheMinute = await LastUsedAsync(issued.Id);
        Clock.Advance(TimeSpan.FromSeconds(31));
        await CheckAsync(issued.Key);
        var later = await LastUsedAsync(issued.Id);

        withinTheMinute!.Value.ShouldBe(first, TimeSpan.FromMilliseconds(1));
        later!.Value.ShouldBe(Clock.UtcNow, TimeSpan.FromMilliseconds(1));
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(events);
    }

    private Task<ApiKeyCheck> CheckAsync(string presented) =>
        App.RunAsync(services => services.Get<AuthenticateApiKeyHandler>().HandleAsync(new AuthenticateApiKeyCommand(presented), Cancellation));

    private Task<DateTime?> LastUsedAsync(Guid id) =>
        ReadAsync(db => db.ApiKeys.AsNoTracking().Where(k => k.Id == id).Select(k => k.LastUsedUtc).SingleAsync(Cancellation));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("enk_")]
    [InlineData("not a key at all")]
    public async Task Missing_or_malformed_input_is_refused(string? presented)
    {
        await IssueAsync("Northwind sync", StaffRoles.Admin);

        (await AuthenticateAsync(presented)).ShouldBeNull();
    }

    [Fact]
    public async Task An_oversized_key_is_refused_without_matching_anything()
    {
        var issued = await IssueAsync("Northwind sync", StaffRoles.Admin);

        (await AuthenticateAsync(new string('x', 500))).ShouldBeNull();
        (await AuthenticateAsync(issued.Key + new string('x', 500 - issued.Key.Length))).ShouldBeNull();
    }

    [Fact]
    public async Task Only_a_SHA_256_hash_of_the_key_is_stored_and_the_key_itself_appears_nowhere()
    {
        Actor.ActAs(ActorKind.Staff, "staff-1", "Alex Admin");
        var issued = await IssueAsync("Northwind sync", StaffRoles.Admin);

        var stored = await ReadAsync(db => db.ApiKeys.SingleAsync(Cancellation));
        stored.KeyHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issued.Key))));
        stored.Prefix.ShouldBe(issued.Key[..ApiKey.PrefixLength]);
        stored.CreatedBy.ShouldBe("Alex Admin");
        // Every column of the stored row and of the audit trail, read raw from the database.
        var keyRow = await RawValuesAsync(db => $"SELECT * FROM {db.Table<ApiKey>()}");
        var trail = await RawValuesAsync(db => $"SELECT * FROM {db.Table<AuditEvent>()}");
        keyRow.ShouldContain(stored.KeyHash);
        keyRow.ShouldNotContain(v => v.Contains(issued.Key, StringComparison.Ordinal));
        trail.ShouldNotContain(v => v.Contains(issued.Key, StringComparison.Ordinal));
        trail.ShouldContain(v => v.Contains(stored.KeyHash, StringComparison.Ordinal));
    }

    private Task<IssuedApiKey> IssueAsync(string name, string role) =>
        App.RunAsync(services => services.Get<IssueApiKeyHandler>().HandleAsync(new IssueApiKeyCommand(name, role), Cancellation));

    private async Task<ApiKeyIdentity?> AuthenticateAsync(string? presented) =>
        (await App.RunAsync(services => services.Get<AuthenticateApiKeyHandler>().HandleAsync(new AuthenticateApiKeyCommand(presented), Cancellation))).Identity;

    private async Task<List<string>> RawValuesAsync(Func<DbContext, string> query)
    {
        await using var db = Database.NewDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Cancellation);
        await using var command = connection.CreateCommand();
        command.CommandText = query(db);
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        var values = new List<string>();
        while (await reader.ReadAsync(Cancellation))
        {
            for (var i = 0; i < reader.FieldCount; i++)
                values.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        }
        return values;
    }
}
