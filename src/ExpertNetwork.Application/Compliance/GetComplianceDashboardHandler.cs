using System.Linq.Expressions;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Compliance;

/// <param name="Expand">The list to show at length (up to <see cref="GetComplianceDashboardHandler.ExpandedLimit"/> rows); the others show their first rows.</param>
public sealed record GetComplianceDashboardQuery(ComplianceListKind? Expand = null);

/// <summary>
/// The compliance dashboard: credentials and NDAs expiring within the reminder window, credentials expired for experts
/// still on the books, credentials waiting for verification (oldest first), NDAs sent but not signed, and active
/// experts with no master NDA in force. Dates are judged on today's date, so the lists are right even before the
/// daily scan has stamped yesterday's expiries.
/// </summary>
public sealed class GetComplianceDashboardHandler(IAppDbContext db, IClock clock, ComplianceOptions options)
{
    public const int ListLimit = 10;
    public const int ExpandedLimit = 500;

    public async Task<ComplianceDashboardView> HandleAsync(GetComplianceDashboardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var expand = query.Expand;
        int Limit(ComplianceListKind list) => list == expand ? ExpandedLimit : ListLimit;
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var window = options.ReminderDays.Max();
        var horizon = today.AddDays(window);

        var onTheBooks = (IQueryable<Credential> credentials) => credentials
            .Join(db.Experts.AsNoTracking().Where(e => e.Status != ExpertStatus.Archived), c => c.ExpertId, e => e.Id, (c, e) => new { c, e });

        // Valid today and running out within the window.
        var expiring = onTheBooks(db.Credentials.AsNoTracking().Where(Credential.ValidOn(today)).Where(c => c.ExpiresOn <= horizon));
        // Stamped expired by the scan, or verified and past its date before the scan has run.
        Expression<Func<Credential, bool>> verified = c => c.Status == VerificationStatus.Verified;
        Expression<Func<Credential, bool>> stamped = c => c.Status == VerificationStatus.Expired;
        var expired = onTheBooks(db.Credentials.AsNoTracking().Where(stamped.Or(verified.And(Credential.ExpiredOn(today)))));
        var pending = onTheBooks(db.Credentials.AsNoTracking().Where(c => c.Status == VerificationStatus.Pending).Where(Credential.ExpiredOn(today).Not()));

        var listed = (IQueryable<NdaAgreement> agreements) => agreements
            .Join(db.Experts.AsNoTracking(), n => n.ExpertId, e => e.Id, (n, e) => new { n, e })
            .Join(db.NdaTemplates.AsNoTracking(), x => x.n.NdaTemplateId, t => t.Id, (x, t) => new { x.n, x.e, t });
        var ndas = db.NdaAgreements.AsNoTracking();
        var unsigned = listed(ndas.Where(n => n.Status == NdaStatus.Sent));
        // In force today and running out within the window.
        var expiringNdas = listed(ndas.Where(NdaAgreement.InForceOn(today)).Where(n => n.ExpiresOn <= horizon)).Where(x => x.e.Status != ExpertStatus.Archived);

        var masterInForce = ndas.Where(NdaAgreement.InForceOn(today)).Where(n => n.Scope == NdaScope.Master);
        var withoutNda = db.Experts.AsNoTracking()
            .Where(e => e.Status == ExpertStatus.Active && !masterInForce.Any(n => n.ExpertId == e.Id));

        var expiringRows = await expiring.OrderBy(x => x.c.ExpiresOn).ThenBy(x => x.c.Id).Take(Limit(ComplianceListKind.ExpiringCredentials))
            .Select(x => new CredentialRow(x.c.Id, x.e.Id, x.e.FullName, x.e.Status, x.c.Kind, x.c.Issuer, x.c.ExpiresOn, x.c.CreatedUtc, x.c.EvidenceStorageKey != null,
                db.ExpiryNotices.Where(n => n.Subject == ExpiryNoticeSubject.Credential && n.SubjectId == x.c.Id && n.ExpiresOn == x.c.ExpiresOn)
                    .OrderBy(n => n.ThresholdDays).Select(n => (int?)n.ThresholdDays).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var expiredRows = await expired.OrderByDescending(x => x.c.ExpiresOn).ThenBy(x => x.c.Id).Take(Limit(ComplianceListKind.ExpiredCredentials))
            .Select(x => new CredentialRow(x.c.Id, x.e.Id, x.e.FullName, x.e.Status, x.c.Kind, x.c.Issuer, x.c.ExpiresOn, x.c.CreatedUtc, x.c.EvidenceStorageKey != null, null))
            .ToListAsync(cancellationToken);
        var pendingRows = await pending.OrderBy(x => x.c.CreatedUtc).ThenBy(x => x.c.Id).Take(Limit(ComplianceListKind.PendingVerification))
            .Select(x => new CredentialRow(x.c.Id, x.e.Id, x.e.FullName, x.e.Status, x.c.Kind, x.c.Issuer, x.c.ExpiresOn, x.c.CreatedUtc, x.c.EvidenceStorageKey != null, null))
            .ToListAsync(cancellationToken);
        var unsignedRows = await unsigned.OrderBy(x => x.n.SignByUtc).ThenBy(x => x.n.Id).Take(Limit(ComplianceListKind.UnsignedNdas))
            .Select(x => new NdaRow(x.n.Id, x.e.Id, x.e.FullName, x.t.Name, x.n.TemplateVersion, x.n.Scope, x.n.SentUtc, x.n.SignByUtc, x.n.ExpiresOn, null))
            .ToListAsync(cancellationToken);
        var expiringNdaRows = await expiringNdas.OrderBy(x => x.n.ExpiresOn).ThenBy(x => x.n.Id).Take(Limit(ComplianceListKind.ExpiringNdas))
            .Select(x => new NdaRow(x.n.Id, x.e.Id, x.e.FullName, x.t.Name, x.n.TemplateVersion, x.n.Scope, x.n.SentUtc, x.n.SignByUtc, x.n.ExpiresOn,
                db.ExpiryNotices.Where(n => n.Subject == ExpiryNoticeSubject.Nda && n.SubjectId == x.n.Id && n.ExpiresOn == x.n.ExpiresOn)
                    .OrderBy(n => n.ThresholdDays).Select(n => (int?)n.ThresholdDays).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var withoutNdaRows = await withoutNda.OrderBy(e => e.FullName).ThenBy(e => e.Id).Take(Limit(ComplianceListKind.ActiveWithoutNda))
            .Select(e => new ExpertRow(e.Id, e.FullName, e.Email, e.StatusChangedUtc))
            .ToListAsync(cancellationToken);

        return new ComplianceDashboardView
        {
            Today = today,
            AsOfUtc = now,
            Expanded = expand,
            WindowDays = window,
            ExpiringCredentials = new(expiringRows, await expiring.CountAsync(cancellationToken)),
            ExpiredCredentials = new(expiredRows, await expired.CountAsync(cancellationToken)),
            PendingVerification = new(pendingRows, await pending.CountAsync(cancellationToken)),
            UnsignedNdas = new(unsignedRows.Select(r => r with { DeadlinePassed = NdaAgreement.SigningDeadlinePassed(r.SignByUtc, now) }).ToList(), await unsigned.CountAsync(cancellationToken)),
            ExpiringNdas = new(expiringNdaRows, await expiringNdas.CountAsync(cancellationToken)),
            ActiveWithoutNda = new(withoutNdaRows, await withoutNda.CountAsync(cancellationToken)),
        };
    }
}
