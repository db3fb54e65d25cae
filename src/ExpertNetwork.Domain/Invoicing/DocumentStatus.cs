namespace ExpertNetwork.Domain.Invoicing;

public enum DocumentStatus
{
    Draft,
    Issued,
    Paid,
    Voided,
}
