using System.Linq.Expressions;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Experts;

/// <summary>
/// A licence, certification or degree an expert holds. Pending -> Verified | Rejected; a credential is
/// Expired from its expiry date on, whether or not the compliance scan has stamped it yet, so
/// <see cref="ValidOn"/> is the one rule of "verified and in date": queries filter with it and <see cref="IsValidOn"/> runs it.
/// </summary>
public sealed class Credential : AggregateRoot
{
    public const long MaxEvidenceBytes = 10L * 1024 * 1024;

    // The limits and sentences of the credential's texts, shared by the form's annotations and the checks below,
    // so a too-long number is refused in the same words whether the form or the domain catches it; {1} is the limit.
    public const int MaxIssuerLength = TextLimits.Name;
    public const string IssuerMissing = "Enter who issued the credential.";
    public const string IssuerTooLong = "The issuer must be at most {1} characters.";
    public const int MaxNumberLength = TextLimits.Short;
    public const string NumberMissing = "Enter the credential number.";
    public const string NumberTooLong = "The number must be at most {1} characters.";
    public const int MaxJurisdictionLength = TextLimits.Short;
    public const string JurisdictionMissing = "Enter the jurisdiction (country or state).";
    public const string JurisdictionTooLong = "The jurisdiction must be at most {1} characters.";

    private Credential() { Issuer = Number = Jurisdiction = string.Empty; }

    public Guid ExpertId { get; private set; }
    public CredentialKind Kind { get; private set; }
    public string Issuer { get; private set; }
    public string Number { get; private set; }
    public string Jurisdiction { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public VerificationStatus Status { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTime? ReviewedUtc { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    public string? EvidenceFileName { get; private set; }
    public string? EvidenceContentType { get; private set; }
    public long? EvidenceSizeBytes { get; private set; }
    public string? EvidenceSha256 { get; private set; }
    public string? EvidenceStorageKey { get; private set; }

    public bool HasEvidence => EvidenceStorageKey is not null;

    public static Credential Add(
        Guid expertId, CredentialKind kind, string issuer, string number, string jurisdiction,
        DateOnly issuedOn, DateOnly? expiresOn, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (expiresOn is { } e && e <= issuedOn)
            throw Refusal.Invalid("The expiry date must be after the issue date.", "ExpiresOn");
        if (issuedOn > DateOnly.FromDateTime(nowUtc).AddDays(1))
            throw Refusal.Invalid("The issue date cannot be in the future.", "IssuedOn");
        var credential = new Credential
        {
            ExpertId = expertId,
            Kind = kind,
            Issuer = Guard.Required(issuer, MaxIssuerLength, IssuerMissing, IssuerTooLong),
            Number = Guard.Required(number, MaxNumberLength, NumberMissing, NumberTooLong),
            Jurisdiction = Guard.Required(jurisdiction, MaxJurisdictionLength, JurisdictionMissing, JurisdictionTooLong),
            IssuedOn = issuedOn,
            ExpiresOn = expiresOn,
            Status = VerificationStatus.Pending,
            CreatedUtc = nowUtc,
        };
        credential.Record("Added");
        return credential;
    }

    /// <summary>Attaches the document that proves the credential. Only while it is still pending review.</summary>
    public void AttachEvidence(string fileName, string contentType, long sizeBytes, string sha256Hex, string storageKey)
    {
        if (!IsUnderReview(Status))
            throw Refusal.Conflict("Evidence can only be attached while the credential is pending review.");
        if (sizeBytes is <= 0 or > MaxEvidenceBytes)
            throw Refusal.Invalid("An evidence file must be between 1 byte and 10 MB.");
        if (sha256Hex is not { Length: TextLimits.Sha256Hex })
            throw Refusal.Invalid("The evidence hash must be a SHA-256 hex digest.");
        EvidenceFileName = Guard.Required(fileName, "File name", TextLimits.Name);
        EvidenceContentType = Guard.Required(contentType, "Content type", TextLimits.Short);
        EvidenceSizeBytes = sizeBytes;
        EvidenceSha256 = sha256Hex.ToLowerInvariant();
        EvidenceStorageKey = Guard.Required(storageKey, "Storage key", TextLimits.Short);
        Record("EvidenceAttached");
    }

    public void Verify(string reviewer, DateTime nowUtc)
    {
        RequirePending("verified");
        if (IsExpiredOn(DateOnly.FromDateTime(nowUtc)))
            throw Refusal.Conflict($"This credential expired on {ExpiresOn:yyyy-MM-dd}; an expired credential cannot be verified.");
        Review(VerificationStatus.Verified, reviewer, null, nowUtc, "Verified");
    }

    public void Reject(string reviewer, string reason, DateTime nowUtc)
    {
        RequirePending("rejected");
        Review(VerificationStatus.Rejected, reviewer, Guard.Reason(reason, "A rejection reason"), nowUtc, "Rejected");
    }

    /// <summary>Stamps the credential Expired once its expiry date has come. Idempotent for the compliance scan.</summary>
    public bool MarkExpired(DateOnly today)
    {
        if (Status is VerificationStatus.Expired or VerificationStatus.Rejected)
            return false;
        if (!IsExpiredOn(today))
            throw Refusal.Conflict($"This credential is valid until {ExpiresOn:yyyy-MM-dd}; it cannot be marked expired on {today:yyyy-MM-dd}.");
        Status = VerificationStatus.Expired;
        Record("Expired");
        return true;
    }

    /// <summary>
    /// Part of erasing the expert: the credential number (which identifies the person in the issuer's register) is
    /// replaced and the evidence file is detached; the caller deletes the file itself. Kind, issuer, dates, the
    /// verification decision and the evidence hash stay as the record of what was checked.
    /// </summary>
    /// <returns>The storage key of the evidence file to delete, if there was one.</returns>
    public string? Erase()
    {
        var evidence = EvidenceStorageKey;
        Number = ErasedNumber;
        EvidenceFileName = null;
        EvidenceContentType = null;
        EvidenceStorageKey = null;
        Record("Erased");
        return evidence;
    }

    public const string ErasedNumber = "erased";

    private static readonly Rule<Credential, DateOnly> Expired = new((c, day) => c.ExpiresOn != null && c.ExpiresOn <= day);

    /// <summary>Past its expiry date on that day (expired from the expiry date on), whatever its status, for queries.</summary>
    public static Expression<Func<Credential, bool>> ExpiredOn(DateOnly day) => Expired.At(day);

    /// <summary><see cref="ExpiredOn"/> for a loaded credential.</summary>
    public bool IsExpiredOn(DateOnly day) => Expired.IsMetBy(this, day);

    /// <summary>
    /// The status as people should see it on that day: a verified credential reads Expired from its expiry date on,
    /// before the compliance scan stamps it (<see cref="MarkExpired"/>); pending and rejected ones keep their status.
    /// </summary>
    public VerificationStatus StatusOn(DateOnly day) => Status == VerificationStatus.Verified && !IsValidOn(day) ? VerificationStatus.Expired : Status;

    private static readonly Rule<Credential, DateOnly> Valid = new((c, day) =>
        c.Status == VerificationStatus.Verified && (c.ExpiresOn == null || c.ExpiresOn > day));

    /// <summary>
    /// Verified and not expired on that day (a credential counts as expired from its expiry date on), for queries:
    /// <c>db.Credentials.Where(Credential.ValidOn(day))</c>.
    /// </summary>
    public static Expression<Func<Credential, bool>> ValidOn(DateOnly day) => Valid.At(day);

    /// <summary><see cref="ValidOn"/> for a loaded credential.</summary>
    public bool IsValidOn(DateOnly day) => Valid.IsMetBy(this, day);

    /// <summary>Valid on every day of the range; an open range needs a credential that never expires.</summary>
    public bool IsValidThroughout(DateRange days) =>
        IsValidOn(days.Start) && (ExpiresOn is null || (days.End is { } end && end < ExpiresOn));

    /// <summary>Pending review: evidence may still be attached, and it may be verified or rejected.</summary>
    public static bool IsUnderReview(VerificationStatus status) => status == VerificationStatus.Pending;

    private void RequirePending(string verb)
    {
        if (!IsUnderReview(Status))
            throw Refusal.Conflict($"Only a pending credential can be {verb} (this one is {Status.ToString().ToLowerInvariant()}).");
    }

    private void Review(VerificationStatus status, string reviewer, string? reason, DateTime nowUtc, string action)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        Status = status;
        ReviewedBy = Guard.Required(reviewer, "Reviewer", TextLimits.Actor);
        ReviewedUtc = nowUtc;
        RejectionReason = reason;
        Record(action);
    }
}
