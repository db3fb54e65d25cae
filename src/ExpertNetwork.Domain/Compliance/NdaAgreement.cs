using System.Linq.Expressions;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Compliance;

/// <summary>
/// An NDA sent to one expert. Sent -> Signed | Declined | Expired | Revoked; Signed -> Expired | Revoked.
/// Signing keeps the evidence needed to prove it later: typed name, consent, time, IP, user agent and the
/// SHA-256 of the exact document shown.
/// </summary>
public sealed class NdaAgreement : AggregateRoot
{
    private NdaAgreement() { }

    public Guid ExpertId { get; private set; }
    public Guid NdaTemplateId { get; private set; }
    public int TemplateVersion { get; private set; }
    public NdaScope Scope { get; private set; }
    public Guid? ClientId { get; private set; }
    public NdaStatus Status { get; private set; }
    public DateTime SentUtc { get; private set; }
    public DateTime SignByUtc { get; private set; }
    public int ValidityMonths { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }

    public string? SignerName { get; private set; }
    public bool ConsentGiven { get; private set; }
    public DateTime? SignedUtc { get; private set; }
    public string? SignerIp { get; private set; }
    public string? SignerUserAgent { get; private set; }
    public string? DocumentSha256 { get; private set; }

    public DateTime? ClosedUtc { get; private set; }
    public string? ClosedReason { get; private set; }

    /// <summary>SHA-256 of the token in the latest link sent to the expert; the token itself is never stored.</summary>
    public string? LinkTokenSha256 { get; private set; }

    /// <summary>Where the signed PDF (document, signature block and evidence page) is stored, and its SHA-256.</summary>
    public string? SignedPdfKey { get; private set; }
    public string? SignedPdfSha256 { get; private set; }

    /// <summary>How long after signing the signing link still offers the signed PDF to the expert.</summary>
    public static readonly TimeSpan SignedCopyWindow = TimeSpan.FromDays(7);

    public static NdaAgreement Send(Guid expertId, NdaTemplate template, Guid? clientId, DateTime signByUtc, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(template);
        Guard.Utc(nowUtc, nameof(nowUtc));
        Guard.Utc(signByUtc, nameof(signByUtc));
        if (template.IsRetired)
            throw Refusal.Conflict("A retired NDA version cannot be sent; send the current version.");
        if (signByUtc <= nowUtc)
            throw Refusal.Invalid("The signing deadline must be in the future.", "SignByDays");
        if (template.Scope == NdaScope.Client && template.ClientId != clientId)
            throw Refusal.Invalid("This client-specific NDA belongs to another client.");
        var agreement = new NdaAgreement
        {
            ExpertId = expertId,
            NdaTemplateId = template.Id,
            TemplateVersion = template.VersionNumber,
            Scope = template.Scope,
            ClientId = template.Scope == NdaScope.Client ? template.ClientId : null,
            Status = NdaStatus.Sent,
            SentUtc = nowUtc,
            SignByUtc = signByUtc,
            ValidityMonths = template.ValidityMonths,
        };
        agreement.Record("Sent");
        return agreement;
    }

    /// <summary>
    /// Issues the link for the signing email: a new token whose hash replaces the previous one, so only the latest
    /// email's link works. Returns the token, which the caller puts in the email and does not keep.
    /// </summary>
    public LinkToken IssueLink()
    {
        RequireSent("sent a signing link");
        var token = LinkToken.Create();
        LinkTokenSha256 = token.Sha256;
        Record("LinkIssued");
        return token;
    }

    /// <summary>A new deadline and a new link; the link in any earlier email stops working.</summary>
    public LinkToken Resend(DateTime signByUtc, DateTime nowUtc)
    {
        RequireSent("resent");
        if (signByUtc <= nowUtc)
            throw Refusal.Invalid("The signing deadline must be in the future.", "SignByDays");
        SignByUtc = signByUtc;
        Record("Resent");
        return IssueLink();
    }

    /// <summary>A sent NDA can be signed up to and including its deadline; for a read that projected the deadline.</summary>
    public static bool SigningDeadlinePassed(DateTime signByUtc, DateTime nowUtc) => nowUtc > signByUtc;

    /// <summary>What an expert holding a link to this agreement can do with it at that instant. Reading it changes nothing.</summary>
    public NdaLinkState LinkStateAt(DateTime nowUtc) => Status switch
    {
        NdaStatus.Sent when SigningDeadlinePassed(SignByUtc, nowUtc) => NdaLinkState.Expired,
        NdaStatus.Sent => NdaLinkState.Signable,
        NdaStatus.Signed => NdaLinkState.Signed,
        NdaStatus.Expired => NdaLinkState.Expired,
        _ => NdaLinkState.Withdrawn,
    };

    /// <summary>True while the signing link still offers the expert a copy of what they signed.</summary>
    public bool OffersSignedCopyAt(DateTime nowUtc) =>
        Status == NdaStatus.Signed && SignedPdfKey is not null && SignedUtc is { } s && nowUtc - s <= SignedCopyWindow;

    /// <summary>Keeps the stored signed PDF with the agreement, in the unit of work that signs it.</summary>
    public void AttachSignedPdf(string storageKey, string sha256)
    {
        if (Status != NdaStatus.Signed)
            throw Refusal.Conflict("Only a signed NDA has a signed document.");
        if (SignedPdfKey is not null)
            throw Refusal.Conflict("This NDA already has its signed document.");
        if (sha256 is not { Length: TextLimits.Sha256Hex })
            throw Refusal.Invalid("The signed document's hash must be a SHA-256 hex digest.");
        SignedPdfKey = Guard.Required(storageKey, "Storage key", TextLimits.Short);
        SignedPdfSha256 = sha256.ToLowerInvariant();
    }

    public void Sign(string signerName, bool consent, string? ipAddress, string? userAgent, string documentSha256, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        RequireSent("signed");
        if (SigningDeadlinePassed(SignByUtc, nowUtc))
            throw Refusal.Conflict("The time to sign this NDA has passed. Ask for it to be sent again.");
        if (!consent)
            throw Refusal.Invalid("Please confirm that you agree to the NDA.", "Consent");
        if (documentSha256 is not { Length: TextLimits.Sha256Hex })
            throw Refusal.Invalid("The signed document's hash must be a SHA-256 hex digest.");
        SignerName = Guard.Required(signerName, "Your full name", TextLimits.Name);
        ConsentGiven = true;
        SignedUtc = nowUtc;
        SignerIp = Guard.Optional(ipAddress, "IP address", TextLimits.IpAddress);
        SignerUserAgent = Truncate(userAgent, TextLimits.UserAgent);
        DocumentSha256 = documentSha256.ToLowerInvariant();
        ExpiresOn = DateOnly.FromDateTime(nowUtc).AddMonths(ValidityMonths);
        Status = NdaStatus.Signed;
        Record("Signed");
    }

    public void Decline(string? reason, DateTime nowUtc)
    {
        RequireSent("declined");
        Close(NdaStatus.Declined, Guard.Optional(reason, "Reason", TextLimits.Reason), nowUtc, "Declined");
    }

    public void Revoke(string reason, DateTime nowUtc)
    {
        if (Status is not (NdaStatus.Sent or NdaStatus.Signed))
            throw Refusal.Conflict($"Only a sent or signed NDA can be revoked (this one is {Status.ToString().ToLowerInvariant()}).");
        Close(NdaStatus.Revoked, Guard.Reason(reason, "A revocation reason"), nowUtc, "Revoked");
    }

    /// <summary>Expires an unsigned NDA past its deadline or a signed one past its term. Idempotent; false when nothing changed.</summary>
    public bool ExpireIfDue(DateTime nowUtc)
    {
        if (!IsDueToExpireAt(nowUtc))
            return false;
        Close(NdaStatus.Expired, null, nowUtc, "Expired");
        return true;
    }

    // Unsigned past its signing deadline (SigningDeadlinePassed), or signed and past its term from its expiry day on.
    private static readonly Rule<NdaAgreement, DateTime> DueToExpire = new((n, nowUtc) =>
        (n.Status == NdaStatus.Sent && n.SignByUtc < nowUtc)
        || (n.Status == NdaStatus.Signed && n.ExpiresOn != null && n.ExpiresOn <= DateOnly.FromDateTime(nowUtc)));

    /// <summary>What <see cref="ExpireIfDue"/> would expire at that instant, for queries (the compliance scan).</summary>
    public static Expression<Func<NdaAgreement, bool>> DueToExpireAt(DateTime nowUtc) => DueToExpire.At(nowUtc);

    /// <summary><see cref="DueToExpireAt"/> for a loaded agreement.</summary>
    public bool IsDueToExpireAt(DateTime nowUtc) => DueToExpire.IsMetBy(this, nowUtc);

    // Signed on or before the day (compared as an instant, before the next midnight UTC, so SQL needs no date
    // arithmetic) and not expired: an NDA runs out on its expiry date.
    private static readonly Rule<NdaAgreement, DateOnly> InForce = new((n, day) =>
        n.Status == NdaStatus.Signed && n.SignedUtc < day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
        && (n.ExpiresOn == null || n.ExpiresOn > day));

    /// <summary>Signed and within its term on that day, for queries: <c>db.NdaAgreements.Where(NdaAgreement.InForceOn(day))</c>.</summary>
    public static Expression<Func<NdaAgreement, bool>> InForceOn(DateOnly day) => InForce.At(day);

    /// <summary><see cref="InForceOn"/> for a loaded agreement.</summary>
    public bool IsInForceOn(DateOnly day) => InForce.IsMetBy(this, day);

    /// <summary>True when this agreement covers work for the client (a master NDA covers every client).</summary>
    public bool Covers(Guid clientId) => Scope == NdaScope.Master || ClientId == clientId;

    private void RequireSent(string verb)
    {
        if (Status != NdaStatus.Sent)
            throw Refusal.Conflict($"This NDA is {Status.ToString().ToLowerInvariant()}, so it cannot be {verb}.");
    }

    private void Close(NdaStatus status, string? reason, DateTime nowUtc, string action)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        Status = status;
        ClosedUtc = nowUtc;
        ClosedReason = reason;
        Record(action);
    }

    private static string? Truncate(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= max ? value : value[..max];
}
