using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Domain.Experts;

/// <summary>
/// The single definition of "eligible": a vetted or active expert whose required credentials are verified and
/// valid over the whole window and who has an NDA in force that covers the client. Queries that filter in SQL
/// mirror these rules and are tested against this.
/// </summary>
public static class ExpertEligibility
{
    public static IReadOnlyList<Ineligibility> Check(
        Expert expert, IEnumerable<Credential> credentials, IEnumerable<NdaAgreement> ndas,
        Guid clientId, NdaScope requiredNdaScope, IEnumerable<CredentialKind> requiredKinds, DateRange window)
    {
        ArgumentNullException.ThrowIfNull(expert);
        var reasons = new List<Ineligibility>();
        if (expert.Status is not (ExpertStatus.Vetted or ExpertStatus.Active))
            reasons.Add(new("status", expert.Status switch
            {
                ExpertStatus.Applicant => "Not vetted yet.",
                ExpertStatus.Suspended => $"Suspended: {expert.StatusReason}",
                _ => "Archived.",
            }));

        var own = credentials.Where(c => c.ExpertId == expert.Id).ToList();
        foreach (var kind in requiredKinds.Distinct())
        {
            var ofKind = own.Where(c => c.Kind == kind).ToList();
            if (ofKind.Any(c => c.IsValidThroughout(window)))
                continue;
            var validAtStart = ofKind.FirstOrDefault(c => c.IsValidOn(window.Start));
            reasons.Add(new("credential", validAtStart is not null
                ? $"{Describe(kind)} expires on {validAtStart.ExpiresOn:yyyy-MM-dd}, before the window ends."
                : ofKind.Any(c => c.Status == VerificationStatus.Pending)
                    ? $"{Describe(kind)} is still pending verification."
                    : $"No verified {Describe(kind).ToLowerInvariant()} valid on {window.Start:yyyy-MM-dd}."));
        }

        var covering = ndas.Where(n => n.ExpertId == expert.Id && n.Covers(clientId)
            && (requiredNdaScope == NdaScope.Master || n.Scope == NdaScope.Client));
        if (!covering.Any(n => n.IsInForceOn(window.Start)))
            reasons.Add(new("nda", requiredNdaScope == NdaScope.Client
                ? "No client NDA in force."
                : "No NDA in force."));
        return reasons;
    }

    /// <summary>
    /// Whether the expert may be offered work in their specialty on one day, whoever the client: vetted or active, not
    /// blacked out, and holding a verified credential in date that day (one of each required kind, or any one when no
    /// kind is required). A credential counts as not verified from its expiry date on.
    /// <c>EligibleExperts</c> in the application layer is the same rule as one SQL query.
    /// </summary>
    public static IReadOnlyList<Ineligibility> CheckOn(
        Expert expert, IEnumerable<Credential> credentials, DateOnly day, IEnumerable<CredentialKind> requiredKinds)
    {
        ArgumentNullException.ThrowIfNull(expert);
        var reasons = new List<Ineligibility>();
        if (expert.Status is not (ExpertStatus.Vetted or ExpertStatus.Active))
            reasons.Add(new("status", expert.Status switch
            {
                ExpertStatus.Applicant => "Not vetted yet.",
                ExpertStatus.Suspended => $"Suspended: {expert.StatusReason}",
                _ => "Archived.",
            }));
        if (expert.IsBlackedOut(day))
            reasons.Add(new("blackout", $"Unavailable on {day:yyyy-MM-dd}."));

        var valid = credentials.Where(c => c.ExpertId == expert.Id && c.IsValidOn(day)).ToList();
        var kinds = requiredKinds.Distinct().ToList();
        if (kinds.Count == 0 && valid.Count == 0)
            reasons.Add(new("credential", $"No verified credential in date on {day:yyyy-MM-dd}."));
        foreach (var kind in kinds.Where(k => valid.All(c => c.Kind != k)))
            reasons.Add(new("credential", $"No verified {Describe(kind).ToLowerInvariant()} in date on {day:yyyy-MM-dd}."));
        return reasons;
    }

    public static string Describe(CredentialKind kind) => kind switch
    {
        CredentialKind.MedicalLicense => "Medical license",
        CredentialKind.BoardCertification => "Board certification",
        CredentialKind.BarAdmission => "Bar admission",
        CredentialKind.ProfessionalEngineerLicense => "PE license",
        CredentialKind.CharteredSurveyor => "Chartered surveyor membership",
        CredentialKind.Cfa => "CFA charter",
        CredentialKind.Degree => "Degree",
        _ => "Other credential",
    };
}
