using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Compliance;

public sealed record ComplianceScanResult(int CredentialsExpired, int NdasExpired, int CredentialNotices, int NdaNotices)
{
    public override string ToString() =>
        $"{CredentialsExpired} credentials and {NdasExpired} NDAs marked expired; {CredentialNotices} credential and {NdaNotices} NDA expiry notices queued";
}

/// <summary>
/// The daily compliance scan. Marks credentials and NDAs whose date has come as expired, then mails each expert whose
/// verified credential or signed NDA expires within a reminder threshold — once per item, expiry date and threshold,
/// however often it runs (an <see cref="ExpiryNotice"/> row with a unique key is written with each mail, in the same
/// transaction as the outbox row). Works in batches so a large registry never loads at once.
/// </summary>
public sealed class RunComplianceScanHandler(IAppDbContext db, IEmailOutbox outbox, ITemplateRenderer templates, IClock clock, ComplianceOptions options)
{
    public const int BatchSize = 200;
    public const string CredentialExpiryTemplate = "emails/credential-expiry";
    public const string NdaExpiryTemplate = "emails/nda-expiry";

    public async Task<ComplianceScanResult> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var credentialsExpired = await ExpireCredentialsAsync(today, cancellationToken);
        var ndasExpired = await ExpireNdasAsync(now, cancellationToken);
        var credentialNotices = await NotifyCredentialsAsync(now, today, cancellationToken);
        var ndaNotices = await NotifyNdasAsync(now, today, cancellationToken);
        return new ComplianceScanResult(credentialsExpired, ndasExpired, credentialNotices, ndaNotices);
    }

    private Task<int> ExpireCredentialsAsync(DateOnly today, CancellationToken cancellationToken) =>
        ExpireInBatchesAsync(
            db.Credentials.Where(c => c.Status == VerificationStatus.Verified || c.Status == VerificationStatus.Pending).Where(Credential.ExpiredOn(today))
                .OrderBy(c => c.Id),
            c => c.MarkExpired(today), cancellationToken);

    private Task<int> ExpireNdasAsync(DateTime now, CancellationToken cancellationToken) =>
        ExpireInBatchesAsync(
            db.NdaAgreements.Where(NdaAgreement.DueToExpireAt(now))
                .OrderBy(n => n.Id),
            n => n.ExpireIfDue(now), cancellationToken);

    /// <summary>Loads what is due a batch at a time, expires it and saves; what is saved no longer matches, so the next batch is new.</summary>
    private async Task<int> ExpireInBatchesAsync<T>(IQueryable<T> due, Func<T, bool> expire, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var batch = await due.Take(BatchSize).ToListAsync(cancellationToken);
            var changed = batch.Count(expire);
            if (changed == 0)
                return total;
            await db.SaveChangesAsync(cancellationToken);
            total += changed;
            if (batch.Count < BatchSize)
                return total;
        }
    }

    private async Task<int> NotifyCredentialsAsync(DateTime now, DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(options.ReminderDays.Max());
        var total = 0;
        Guid? after = null;
        while (true)
        {
            var query = from c in db.Credentials.AsNoTracking().Where(Credential.ValidOn(today))
                        join e in db.Experts.AsNoTracking() on c.ExpertId equals e.Id
                        where c.ExpiresOn <= horizon
                              && e.Status != ExpertStatus.Archived
                        select new { c.Id, c.Kind, c.Issuer, ExpiresOn = c.ExpiresOn!.Value, ExpertId = e.Id, e.FullName, e.Email };
            if (after is { } last)
                query = query.Where(x => x.Id.CompareTo(last) > 0);
            var batch = await query.OrderBy(x => x.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                return total;
            after = batch[^1].Id;

            var sent = await SentNoticesAsync(ExpiryNoticeSubject.Credential, batch.Select(x => x.Id).ToList(), cancellationToken);
            var queued = 0;
            foreach (var item in batch)
            {
                if (TryQueueNotice(ExpiryNoticeSubject.Credential, item.Id, item.ExpertId, item.FullName, item.Email, item.ExpiresOn, sent, today, now, () =>
                        templates.RenderEmail(CredentialExpiryTemplate, new
                        {
                            expert = new { name = item.FullName },
                            credential = new
                            {
                                name = $"{ExpertEligibility.Describe(item.Kind)} ({item.Issuer})",
                                expiresOn = item.ExpiresOn,
                                url = $"mailto:{options.ContactEmail}?subject={Uri.EscapeDataString($"Renewed {ExpertEligibility.Describe(item.Kind).ToLowerInvariant()}")}",
                            },
                            sender = new { name = options.SenderName },
                        })))
                    queued++;
            }
            if (queued > 0)
                await db.SaveChangesAsync(cancellationToken);
            total += queued;
        }
    }

    private async Task<int> NotifyNdasAsync(DateTime now, DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(options.ReminderDays.Max());
        var total = 0;
        Guid? after = null;
        while (true)
        {
            var query = from n in db.NdaAgreements.AsNoTracking().Where(NdaAgreement.InForceOn(today))
                        join e in db.Experts.AsNoTracking() on n.ExpertId equals e.Id
                        join t in db.NdaTemplates.AsNoTracking() on n.NdaTemplateId equals t.Id
                        where n.ExpiresOn <= horizon
                              && e.Status != ExpertStatus.Archived
                        select new { n.Id, n.Scope, n.ClientId, ExpiresOn = n.ExpiresOn!.Value, n.TemplateVersion, TemplateName = t.Name, ExpertId = e.Id, e.FullName, e.Email };
            if (after is { } last)
                query = query.Where(x => x.Id.CompareTo(last) > 0);
            var batch = await query.OrderBy(x => x.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                return total;
            after = batch[^1].Id;

            var sent = await SentNoticesAsync(ExpiryNoticeSubject.Nda, batch.Select(x => x.Id).ToList(), cancellationToken);
            // An expert who has already signed a renewal of the same scope that runs past this one needs no reminder.
            var expertIds = batch.Select(x => x.ExpertId).Distinct().ToList();
            var renewals = await db.NdaAgreements.AsNoTracking()
                .Where(n => expertIds.Contains(n.ExpertId) && n.Status == NdaStatus.Signed)
                .Select(n => new { n.Id, n.ExpertId, n.Scope, n.ClientId, n.ExpiresOn })
                .ToListAsync(cancellationToken);
            var queued = 0;
            foreach (var item in batch)
            {
                var renewed = renewals.Any(r => r.Id != item.Id && r.ExpertId == item.ExpertId && r.Scope == item.Scope && r.ClientId == item.ClientId
                                                && (r.ExpiresOn is null || r.ExpiresOn > item.ExpiresOn));
                if (!renewed && TryQueueNotice(ExpiryNoticeSubject.Nda, item.Id, item.ExpertId, item.FullName, item.Email, item.ExpiresOn, sent, today, now, () =>
                        templates.RenderEmail(NdaExpiryTemplate, new
                        {
                            expert = new { name = item.FullName },
                            nda = new { name = $"{item.TemplateName} (version {item.TemplateVersion})", expiresOn = item.ExpiresOn, contactEmail = options.ContactEmail },
                            sender = new { name = options.SenderName },
                        })))
                    queued++;
            }
            if (queued > 0)
                await db.SaveChangesAsync(cancellationToken);
            total += queued;
        }
    }

    /// <summary>
    /// Queues the reminder due for one item today, unless it was already sent for this expiry date and threshold: the
    /// mail goes to the outbox and its <see cref="ExpiryNotice"/> into the same unit of work.
    /// </summary>
    private bool TryQueueNotice(ExpiryNoticeSubject subject, Guid itemId, Guid expertId, string expertName, string expertEmail, DateOnly expiresOn,
        HashSet<(Guid, DateOnly, int)> sent, DateOnly today, DateTime now, Func<RenderedEmail> render)
    {
        var threshold = ExpiryNotice.DueThreshold(expiresOn.DayNumber - today.DayNumber, options.ReminderDays);
        if (threshold is not { } days || sent.Contains((itemId, expiresOn, days)))
            return false;
        var mail = render();
        var messageId = outbox.Enqueue(new EmailMessage(expertEmail, expertName, mail.Subject, mail.Html, mail.Text));
        db.ExpiryNotices.Add(ExpiryNotice.Sent(subject, itemId, expertId, expiresOn, days, messageId, now));
        return true;
    }

    private async Task<HashSet<(Guid, DateOnly, int)>> SentNoticesAsync(ExpiryNoticeSubject subject, List<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.ExpiryNotices.AsNoTracking()
            .Where(n => n.Subject == subject && ids.Contains(n.SubjectId))
            .Select(n => new { n.SubjectId, n.ExpiresOn, n.ThresholdDays })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.SubjectId, r.ExpiresOn, r.ThresholdDays)).ToHashSet();
    }
}
