namespace ExpertNetwork.Application.Engagements;

/// <summary>Which page the expert sees after pressing Accept: each one is a state of the offer, not a refusal of the form.</summary>
public enum AcceptOfferOutcome
{
    Accepted,
    UnknownLink,
    AlreadyAccepted,
    Declined,
    Expired,
    Withdrawn,
    RequestClosed,

    /// <summary>Every seat was taken before this acceptance; the offer is withdrawn as filled.</summary>
    Filled,

    /// <summary>The conflict declaration names a restricted company: the declaration is recorded, the offer stays open, nothing else changed.</summary>
    Conflict,

    /// <summary>The expert no longer fits the request (see the reasons); nothing changed.</summary>
    NotEligible,

    /// <summary>The required NDA cannot be shown (no current version published); nothing changed.</summary>
    NdaUnavailable,
}

/// <param name="Reasons">Why the expert no longer fits (<see cref="AcceptOfferOutcome.NotEligible"/>), or the restricted companies declared (<see cref="AcceptOfferOutcome.Conflict"/>).</param>
public sealed record AcceptOfferResult(AcceptOfferOutcome Outcome, IReadOnlyList<string> Reasons)
{
    public static AcceptOfferResult Of(AcceptOfferOutcome outcome) => new(outcome, []);
}

/// <summary>What the expert submitted from the offer page, and where it came from. Employers are one per line.</summary>
public sealed record AcceptOfferCommand(
    string? Token, string? FullName, bool Consent, string? ContractSha256, bool NdaConsent, string? NdaSha256,
    string? Employers, string? OtherInterests, bool ConflictConfirmed, string? IpAddress, string? UserAgent);

/// <summary>
/// The expert accepts from the link, in one unit of work (<see cref="AcceptOfferStep"/>). When another acceptance saves
/// first the version token refuses this save; the attempt is thrown away (with any files it stored) and the decision is
/// made again on fresh data, so the last seat is taken once and a double click accepts once. What the expert sent that
/// cannot be accepted is an <see cref="RefusalKind.Invalid"/> refusal with a sentence for each field.
/// </summary>
public sealed class AcceptOfferHandler(FreshAttempts attempts, IClock clock)
{
    public const string FileArea = "contracts";
    public const string ConfirmationTemplate = "emails/offer-accepted";
    public const string BusyMessage = "Many experts are answering this request at this moment. Nothing has changed yet: please press Accept again.";

    // Each lost attempt means another acceptance on the same request succeeded, so a request with n open seats settles
    // within n + 1 attempts; the cap only bounds a pathological storm.
    private static readonly FreshAttemptPolicy Policy = new("accept offer", MaxAttempts: 25, BusyMessage);

    public Task<AcceptOfferResult> HandleAsync(AcceptOfferCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.UtcNow;
        return attempts.RunAsync<AcceptOfferStep, AcceptOfferResult>(Policy, (step, ct) => step.DecideAsync(command, now, ct), cancellationToken);
    }

    public static string ContractFileName(string projectTitle)
    {
        var slug = new string(projectTitle.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        slug = slug.Trim('-');
        return slug.Length == 0 ? "contract-accepted.pdf" : $"contract-{slug[..Math.Min(slug.Length, 60)].Trim('-')}-accepted.pdf";
    }
}
