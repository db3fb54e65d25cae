namespace ExpertNetwork.Application.Experts.Import;

/// <summary>
/// The columns of the expert CSV, shared by import, export and the downloadable template so an export imports back.
/// One row per expert, or per credential when an expert has several: rows with the same email belong to one expert.
/// </summary>
public static class ExpertCsvColumns
{
    public const string Email = "email";
    public const string FullName = "full_name";
    public const string Phone = "phone";
    public const string Country = "country";
    public const string TimeZone = "time_zone";
    public const string Languages = "languages";
    public const string Specialties = "specialties";
    public const string YearsExperience = "years_experience";
    public const string WeeklyCapacityHours = "weekly_capacity_hours";
    public const string Headline = "headline";
    public const string Notes = "notes";

    /// <summary>Current employers and affiliations, separated by semicolons only (company names contain commas).</summary>
    public const string Employers = "employers";
    public const string CredentialKind = "credential_kind";
    public const string CredentialIssuer = "credential_issuer";
    public const string CredentialNumber = "credential_number";
    public const string CredentialJurisdiction = "credential_jurisdiction";
    public const string CredentialIssuedOn = "credential_issued_on";
    public const string CredentialExpiresOn = "credential_expires_on";

    /// <summary>Separates several languages or specialties inside one cell.</summary>
    public const char ListSeparator = ';';

    public static readonly IReadOnlyList<string> Profile =
        [FullName, Phone, Country, TimeZone, Languages, Specialties, YearsExperience, WeeklyCapacityHours, Headline, Notes, Employers];

    public static readonly IReadOnlyList<string> Credential =
        [CredentialKind, CredentialIssuer, CredentialNumber, CredentialJurisdiction, CredentialIssuedOn, CredentialExpiresOn];

    public static readonly IReadOnlyList<string> All = [Email, .. Profile, .. Credential];

    /// <summary>The downloadable template: the header and two example rows (one expert with two credentials).</summary>
    public static string Template() =>
        CsvWriter.Line(All)
        + CsvWriter.Line(["jane.doe@example.org", "Jane Doe", "+49 30 1234567", "DE", "Europe/Berlin", "de;en", "medicine/oncology", "14", "20",
            "Consultant oncologist", "Prefers review work", "Charité – Universitätsmedizin Berlin", "MedicalLicense", "Ärztekammer Berlin", "BER-12345", "DE-BE", "2011-04-01", ""])
        + CsvWriter.Line(["jane.doe@example.org", "", "", "", "", "", "", "", "", "", "", "", "BoardCertification", "German Cancer Society", "DKG-778", "DE", "2015-09-30", "2030-09-30"]);
}
