namespace ExpertNetwork.Domain.Experts;

public enum CredentialKind
{
    MedicalLicense,
    BoardCertification,
    BarAdmission,
    ProfessionalEngineerLicense,
    CharteredSurveyor,
    Cfa,
    Degree,
    Other,
}
