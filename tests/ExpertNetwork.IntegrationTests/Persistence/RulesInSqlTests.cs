using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Persistence;

/// <summary>
/// The rules written once as expressions give the same answer in SQL as on a loaded entity, day by day, around the days
/// where the answer changes.
/// </summary>
public abstract class RulesInSqlTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private const string Reviewer = "compliance@expertnetwork.example";
    private static readonly DateOnly Expiry = new(2026, 6, 15);

    [Fact]
    public async Task A_credential_is_valid_on_the_same_days_in_SQL_as_in_memory()
    {
        var expert = new ExpertBuilder().Build();
        var rejected = new CredentialBuilder(expert).Expiring(Expiry).Build();
        rejected.Reject(Reviewer, "The scan is not legible.", TestClock.Start.AddDays(-400));
        var stamped = new CredentialBuilder(expert).Expiring(Expiry).Verified().Build();
        stamped.MarkExpired(Expiry);
        var cases = new (string Name, Credential Credential, bool[] ValidOnDays)[]
        {
            ("verified, expiring", new CredentialBuilder(expert).Expiring(Expiry).Verified().Build(), [true, true, false, false]),
            ("verified, no expiry", new CredentialBuilder(expert).Expiring(null).Verified().Build(), [true, true, true, true]),
            ("pending", new CredentialBuilder(expert).Expiring(Expiry).Build(), [false, false, false, false]),
            ("pending, no expiry", new CredentialBuilder(expert).Expiring(null).Build(), [false, false, false, false]),
            ("rejected", rejected, [false, false, false, false]),
            ("stamped expired", stamped, [false, false, false, false]),
        };
        DateOnly[] days = [Expiry.AddYears(-1), Expiry.AddDays(-1), Expiry, Expiry.AddDays(1)];
        await SaveAsync([expert, .. cases.Select(c => c.Credential)]);

        var loaded = await ReadAsync(db => db.Credentials.AsNoTracking().ToListAsync(Cancellation));
        foreach (var (day, i) in days.Select((d, i) => (d, i)))
        {
            var inSql = await ReadAsync(db => db.Credentials.Where(Credential.ValidOn(day)).Select(c => c.Id).ToListAsync(Cancellation));
            var expected = cases.Where(c => c.ValidOnDays[i]).Select(c => c.Credential.Id).Order().ToList();
            inSql.Order().ToList().ShouldBe(expected, $"in SQL on {day:yyyy-MM-dd}");
            loaded.Where(c => c.IsValidOn(day)).Select(c => c.Id).Order().ToList().ShouldBe(expected, $"in memory on {day:yyyy-MM-dd}");

            // Past its date from the expiry day on, whatever the status; a credential with no expiry never is.
            var expiredInSql = await ReadAsync(db => db.Credentials.Where(Credential.ExpiredOn(day)).Select(c => c.Id).ToListAsync(Cancellation));
            var expectedExpired = day >= Expiry ? cases.Where(c => c.Credential.ExpiresOn is not null).Select(c => c.Credential.Id).Order().ToList() : [];
            expiredInSql.Order().ToList().ShouldBe(expectedExpired, $"expired in SQL on {day:yyyy-MM-dd}");
            loaded.Where(c => c.IsExpiredOn(day)).Select(c => c.Id).Order().ToList().ShouldBe(expectedExpired, $"expired in memory on {day:yyyy-MM-dd}");
        }
    }

    [Fact]
    public async Task An_NDA_is_in_force_on_the_same_days_in_SQL_as_in_memory()
    {
        var expert = new ExpertBuilder().Build();
        var template = NdaTemplate.Publish("Master NDA", NdaScope.Master, null, "# Confidentiality\n\nKeep client data confidential.", 12,
            new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var sentUtc = new DateTime(2025, 12, 1, 10, 0, 0, DateTimeKind.Utc);
        // Signed in the last second of 10 January 2026, so in force from that day and until 10 January 2027.
        var signedUtc = new DateTime(2026, 1, 10, 23, 59, 59, DateTimeKind.Utc);
        NdaAgreement Sent() => NdaAgreement.Send(expert.Id, template, null, sentUtc.AddDays(60), sentUtc);
        NdaAgreement Signed()
        {
            var agreement = Sent();
            agreement.Sign(expert.FullName, consent: true, "203.0.113.9", "Mozilla/5.0", new string('a', 64), signedUtc);
            return agreement;
        }
        var declined = Sent();
        declined.Decline("Not now.", sentUtc.AddDays(1));
        var revoked = Signed();
        revoked.Revoke("Left the network.", signedUtc.AddDays(20));
        var expired = Signed();
        expired.ExpireIfDue(new DateTime(2027, 1, 10, 0, 0, 0, DateTimeKind.Utc)).ShouldBeTrue();
        var cases = new (string Name, NdaAgreement Agreement, bool[] InForceOnDays)[]
        {
            ("signed", Signed(), [false, true, true, false]),
            ("sent", Sent(), [false, false, false, false]),
            ("declined", declined, [false, false, false, false]),
            ("revoked", revoked, [false, false, false, false]),
            ("stamped expired", expired, [false, false, false, false]),
        };
        DateOnly[] days = [new(2026, 1, 9), new(2026, 1, 10), new(2027, 1, 9), new(2027, 1, 10)];
        await SaveAsync([expert, template, .. cases.Select(c => c.Agreement)]);

        var loaded = await ReadAsync(db => db.NdaAgreements.AsNoTracking().ToListAsync(Cancellation));
        foreach (var (day, i) in days.Select((d, i) => (d, i)))
        {
            var inSql = await ReadAsync(db => db.NdaAgreements.Where(NdaAgreement.InForceOn(day)).Select(n => n.Id).ToListAsync(Cancellation));
            var expected = cases.Where(c => c.InForceOnDays[i]).Select(c => c.Agreement.Id).Order().ToList();
            inSql.Order().ToList().ShouldBe(expected, $"in SQL on {day:yyyy-MM-dd}");
            loaded.Where(n => n.IsInForceOn(day)).Select(n => n.Id).Order().ToList().ShouldBe(expected, $"in memory on {day:yyyy-MM-dd}");
        }

        // Due to expire: the sent one once its signing deadline (30 January 2026, 10:00) has passed, the signed one from
        // its expiry day on; what has already ended never is.
        DateTime[] instants = [new(2026, 1, 9, 12, 0, 0, DateTimeKind.Utc), new(2026, 1, 30, 10, 0, 1, DateTimeKind.Utc),
            new(2027, 1, 9, 23, 59, 59, DateTimeKind.Utc), new(2027, 1, 10, 0, 0, 0, DateTimeKind.Utc)];
        var dueAt = new Dictionary<string, bool[]>
        {
            ["signed"] = [false, false, false, true],
            ["sent"] = [false, true, true, true],
        };
        foreach (var (now, i) in instants.Select((t, i) => (t, i)))
        {
            var inSql = await ReadAsync(db => db.NdaAgreements.Where(NdaAgreement.DueToExpireAt(now)).Select(n => n.Id).ToListAsync(Cancellation));
            var expected = cases.Where(c => dueAt.TryGetValue(c.Name, out var due) && due[i]).Select(c => c.Agreement.Id).Order().ToList();
            inSql.Order().ToList().ShouldBe(expected, $"due in SQL at {now:O}");
            loaded.Where(n => n.IsDueToExpireAt(now)).Select(n => n.Id).Order().ToList().ShouldBe(expected, $"due in memory at {now:O}");
        }
    }
}
