using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Compliance;

public abstract class ComplianceScanTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private const int ValidityMonths = 12;

    private Task<ComplianceScanResult> ScanAsync() => App.RunAsync(s => s.Get<RunComplianceScanHandler>().HandleAsync(Cancellation));

    private Task<ComplianceDashboardView> DashboardAsync() => App.RunAsync(s => s.Get<GetComplianceDashboardHandler>().HandleAsync(new GetComplianceDashboardQuery(), Cancellation));

    private Task<List<string>> SubjectsSentToAsync(string address) => ReadAsync(db =>
        db.OutboxMessages.Where(m => m.ToAddress == address).OrderBy(m => m.CreatedUtc).Select(m => m.Subject).ToListAsync(Cancellation));

    private Task<int> AuditEventCountAsync() => ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

    /// <summary>A master NDA signed so that it expires on <paramref name="expiresOn"/>.</summary>
    private (NdaTemplate Template, NdaAgreement Agreement) SignedNdaExpiring(Expert expert, DateOnly expiresOn, NdaTemplate? template = null)
    {
        var signedUtc = expiresOn.AddMonths(-ValidityMonths).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        template ??= NdaTemplate.Publish("Master NDA", NdaScope.Master, null, "# Confidentiality\n\nThe expert keeps client data confidential.", ValidityMonths, signedUtc.AddDays(-30));
        var agreement = NdaAgreement.Send(expert.Id, template, null, signedUtc.AddDays(14), signedUtc.AddDays(-1));
        agreement.Sign(expert.FullName, consent: true, "203.0.113.9", "Mozilla/5.0", new string('a', 64), signedUtc);
        agreement.ExpiresOn.ShouldBe(expiresOn);
        return (template, agreement);
    }

    [Fact]
    public async Task Credentials_past_their_expiry_date_are_marked_expired_once_and_the_rest_are_left_alone()
    {
        var expert = new ExpertBuilder().Build();
        var lapsedVerified = new CredentialBuilder(expert).Expiring(Clock.Today.AddDays(-3)).Verified().Build();
        var expiresToday = new CredentialBuilder(expert).OfKind(CredentialKind.BoardCertification).Expiring(Clock.Today).Verified().Build();
        var lapsedPending = new CredentialBuilder(expert).OfKind(CredentialKind.Degree).Expiring(Clock.Today.AddDays(-1)).Build();
        var valid = new CredentialBuilder(expert).OfKind(CredentialKind.Cfa).Expiring(Clock.Today.AddDays(1)).Verified().Build();
        var neverExpires = new CredentialBuilder(expert).OfKind(CredentialKind.Other).Expiring(null).Verified().Build();
        await SaveAsync(expert, lapsedVerified, expiresToday, lapsedPending, valid, neverExpires);

        var first = await ScanAsync();

        first.CredentialsExpired.ShouldBe(3);
        var statuses = await ReadAsync(db => db.Credentials.ToDictionaryAsync(c => c.Id, c => c.Status, Cancellation));
        statuses[lapsedVerified.Id].ShouldBe(VerificationStatus.Expired);
        statuses[expiresToday.Id].ShouldBe(VerificationStatus.Expired);
        statuses[lapsedPending.Id].ShouldBe(VerificationStatus.Expired);
        statuses[valid.Id].ShouldBe(VerificationStatus.Verified);
        statuses[neverExpires.Id].ShouldBe(VerificationStatus.Verified);

        var events = await AuditEventCountAsync();
        (await ScanAsync()).ShouldBe(new ComplianceScanResult(0, 0, 0, 0));
        (await AuditEventCountAsync()).ShouldBe(events);
    }

    [Fact]
    public async Task Signed_ndas_past_their_term_and_unsigned_ndas_past_their_deadline_expire()
    {
        var expert = new ExpertBuilder().Named("Nia Nda").Build();
        var (template, lapsed) = SignedNdaExpiring(expert, Clock.Today.AddDays(-2));
        var inForce = SignedNdaExpiring(expert, Clock.Today.AddDays(200), template).Agreement;
        var overdue = NdaAgreement.Send(expert.Id, template, null, Clock.UtcNow.AddHours(-1), Clock.UtcNow.AddDays(-10));
        var awaiting = NdaAgreement.Send(expert.Id, template, null, Clock.UtcNow.AddDays(5), Clock.UtcNow.AddDays(-1));
        await SaveAsync(expert, template, lapsed, inForce, overdue, awaiting);

        var result = await ScanAsync();

        result.NdasExpired.ShouldBe(2);
        var statuses = await ReadAsync(db => db.NdaAgreements.ToDictionaryAsync(n => n.Id, n => n.Status, Cancellation));
        statuses[lapsed.Id].ShouldBe(NdaStatus.Expired);
        statuses[overdue.Id].ShouldBe(NdaStatus.Expired);
        statuses[inForce.Id].ShouldBe(NdaStatus.Signed);
        statuses[awaiting.Id].ShouldBe(NdaStatus.Sent);
        (await ScanAsync()).NdasExpired.ShouldBe(0);
    }

    [Fact]
    public async Task An_expiring_credential_is_mailed_once_per_threshold_however_often_the_scan_runs()
    {
        var expert = new ExpertBuilder().Named("Dr Zofia Łukasiewicz").WithEmail("zofia@example.org").Build();
        var licence = new CredentialBuilder(expert).Expiring(Clock.Today.AddDays(20)).Verified().Build();
        await SaveAsync(expert, licence);

        (await ScanAsync()).CredentialNotices.ShouldBe(1);
        (await ScanAsync()).CredentialNotices.ShouldBe(0);
        Clock.Advance(TimeSpan.FromHours(30));
        (await ScanAsync()).CredentialNotices.ShouldBe(0);
        Clock.Advance(TimeSpan.FromDays(13)); // 6 days left: the 7-day threshold is due
        (await ScanAsync()).CredentialNotices.ShouldBe(1);
        (await ScanAsync()).CredentialNotices.ShouldBe(0);

        var subjects = await SubjectsSentToAsync("zofia@example.org");
        subjects.Count.ShouldBe(2);
        subjects.ShouldAllBe(s => s.StartsWith("Your Medical license (Medical Council (DE)) expires on", StringComparison.Ordinal));
        var notices = await ReadAsync(db => db.ExpiryNotices.OrderBy(n => n.SentUtc).ToListAsync(Cancellation));
        notices.Select(n => (n.SubjectId, n.ThresholdDays, n.ExpiresOn)).ShouldBe([(licence.Id, 30, licence.ExpiresOn!.Value), (licence.Id, 7, licence.ExpiresOn!.Value)]);
        var messageIds = await ReadAsync(db => db.OutboxMessages.Select(m => m.MessageId).ToListAsync(Cancellation));
        notices.Select(n => n.MessageId).ShouldBe(messageIds, ignoreOrder: true);
    }

    [Fact]
    public async Task A_credential_first_seen_a_few_days_before_expiry_gets_one_mail_not_one_per_missed_threshold()
    {
        var expert = new ExpertBuilder().WithEmail("late@example.org").Build();
        await SaveAsync(expert, new CredentialBuilder(expert).Expiring(Clock.Today.AddDays(5)).Verified().Build());

        (await ScanAsync()).CredentialNotices.ShouldBe(1);
        Clock.Advance(TimeSpan.FromDays(2));
        (await ScanAsync()).CredentialNotices.ShouldBe(0);

        (await SubjectsSentToAsync("late@example.org")).Count.ShouldBe(1);
        (await ReadAsync(db => db.ExpiryNotices.SingleAsync(Cancellation))).ThresholdDays.ShouldBe(7);
    }

    [Fact]
    public async Task Pending_rejected_distant_and_archived_experts_credentials_are_not_mailed()
    {
        var archived = new ExpertBuilder().WithEmail("gone@example.org").WithStatus(ExpertStatus.Archived).Build();
        var active = new ExpertBuilder().WithEmail("here@example.org").Build();
        var rejected = new CredentialBuilder(active).OfKind(CredentialKind.Degree).Expiring(Clock.Today.AddDays(3)).Build();
        rejected.Reject("compliance@expertnetwork.example", "Illegible scan", Clock.UtcNow);
        await SaveAsync(archived, active, rejected,
            new CredentialBuilder(archived).Expiring(Clock.Today.AddDays(10)).Verified().Build(),
            new CredentialBuilder(active).Expiring(Clock.Today.AddDays(10)).Build(),
            new CredentialBuilder(active).OfKind(CredentialKind.Cfa).Expiring(Clock.Today.AddDays(31)).Verified().Build());

        (await ScanAsync()).CredentialNotices.ShouldBe(0);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(0);
    }

    [Fact]
    public async Task An_expiring_nda_is_mailed_unless_the_expert_has_already_signed_a_renewal()
    {
        var due = new ExpertBuilder().Named("Omar Due").WithEmail("due@example.org").Build();
        var renewed = new ExpertBuilder().Named("Rita Renewed").WithEmail("renewed@example.org").Build();
        var (template, dueNda) = SignedNdaExpiring(due, Clock.Today.AddDays(12));
        var renewedOld = SignedNdaExpiring(renewed, Clock.Today.AddDays(12), template).Agreement;
        var renewedNew = SignedNdaExpiring(renewed, Clock.Today.AddDays(300), template).Agreement;
        await SaveAsync(due, renewed, template, dueNda, renewedOld, renewedNew);

        var result = await ScanAsync();

        result.NdaNotices.ShouldBe(1);
        (await SubjectsSentToAsync("due@example.org")).ShouldBe([$"Your Master NDA (version 1) expires on {Clock.Today.AddDays(12):d MMMM yyyy}"]);
        (await SubjectsSentToAsync("renewed@example.org")).ShouldBeEmpty();
        (await ScanAsync()).NdaNotices.ShouldBe(0);
    }

    [Fact]
    public async Task Notices_and_their_mails_are_written_together_and_leave_an_audit_trail()
    {
        var expert = new ExpertBuilder().WithEmail("audit@example.org").Build();
        var credential = new CredentialBuilder(expert).Expiring(Clock.Today.AddDays(8)).Verified().Build();
        await SaveAsync(expert, credential);
        var before = await AuditEventCountAsync();

        await ScanAsync();

        var events = await ReadAsync(db => db.AuditEvents.OrderBy(e => e.Sequence).Skip(before).ToListAsync(Cancellation));
        events.Select(e => e.EntityType).ShouldContain(nameof(ExpiryNotice));
        events.Select(e => e.EntityType).ShouldContain("OutboxMessage");
    }

    [Fact]
    public async Task Two_scans_racing_mail_each_item_once()
    {
        var experts = Enumerable.Range(0, 12).Select(i => new ExpertBuilder().WithEmail($"race{i}@example.org").Build()).ToList();
        await SaveAsync([.. experts, .. experts.Select(e => new CredentialBuilder(e).Expiring(Clock.Today.AddDays(9)).Verified().Build())]);

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try
            {
                return (await ScanAsync()).CredentialNotices;
            }
            catch (DbUpdateException)
            {
                return 0; // the loser's transaction rolled back whole: its mails were never queued
            }
        }, Cancellation)));

        runs.Sum().ShouldBe(12);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(12);
        (await ReadAsync(db => db.ExpiryNotices.CountAsync(Cancellation))).ShouldBe(12);
    }

    [Fact]
    public async Task The_dashboard_lists_what_needs_attention_with_the_reminders_already_sent()
    {
        var expert = new ExpertBuilder().Named("Ines Expiring").WithStatus(ExpertStatus.Active).Build();
        var other = new ExpertBuilder().Named("Paul Pending").Build();
        var expiring = new CredentialBuilder(expert).Expiring(Clock.Today.AddDays(6)).Verified().Build();
        var expired = new CredentialBuilder(expert).OfKind(CredentialKind.Degree).Expiring(Clock.Today.AddDays(-1)).Verified().Build();
        var pending = new CredentialBuilder(other).OfKind(CredentialKind.BoardCertification).Build();
        var (template, nda) = SignedNdaExpiring(other, Clock.Today.AddDays(20));
        var unsigned = NdaAgreement.Send(expert.Id, template, null, Clock.UtcNow.AddDays(3), Clock.UtcNow.AddDays(-1));
        await SaveAsync(expert, other, expiring, expired, pending, template, nda, unsigned);

        var before = await DashboardAsync();
        before.ExpiringCredentials.Rows.ShouldHaveSingleItem().LastNoticeDays.ShouldBeNull();
        before.ExpiredCredentials.Rows.ShouldHaveSingleItem().CredentialId.ShouldBe(expired.Id);
        before.PendingVerification.Rows.ShouldHaveSingleItem().CredentialId.ShouldBe(pending.Id);
        before.UnsignedNdas.Rows.ShouldHaveSingleItem().AgreementId.ShouldBe(unsigned.Id);
        before.ExpiringNdas.Rows.ShouldHaveSingleItem().AgreementId.ShouldBe(nda.Id);
        before.ActiveWithoutNda.Rows.ShouldHaveSingleItem().ExpertName.ShouldBe("Ines Expiring");

        await ScanAsync();

        var after = await DashboardAsync();
        after.ExpiringCredentials.Rows.ShouldHaveSingleItem().LastNoticeDays.ShouldBe(7);
        after.ExpiringNdas.Rows.ShouldHaveSingleItem().LastNoticeDays.ShouldBe(30);
        after.ExpiredCredentials.Total.ShouldBe(1);
    }

    [Fact]
    public async Task Each_list_shows_its_first_rows_and_one_list_at_a_time_can_be_shown_at_length()
    {
        var expert = new ExpertBuilder().Build();
        await SaveAsync([expert, .. Enumerable.Range(0, 13).Select(_ => new CredentialBuilder(expert).Build())]);

        var usual = await DashboardAsync();
        var expanded = await App.RunAsync(s => s.Get<GetComplianceDashboardHandler>().HandleAsync(new GetComplianceDashboardQuery(ComplianceListKind.PendingVerification), Cancellation));

        usual.PendingVerification.Rows.Count.ShouldBe(GetComplianceDashboardHandler.ListLimit);
        usual.PendingVerification.Total.ShouldBe(13);
        expanded.PendingVerification.Rows.Count.ShouldBe(13);
        expanded.Expanded.ShouldBe(ComplianceListKind.PendingVerification);
    }
}
