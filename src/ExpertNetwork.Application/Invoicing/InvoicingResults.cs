namespace ExpertNetwork.Application.Invoicing;

/// <summary>A period to bill: every approved hour worked from <paramref name="From"/> to <paramref name="To"/> (inclusive), for one client or all.</summary>
public sealed record InvoiceRunInput(DateOnly From, DateOnly To, Guid? ClientId);

/// <summary>What a run drafted, and the approved hours it could not bill with the reason for each group.</summary>
public sealed record InvoiceRunResult(
    Guid RunId,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<Guid> InvoiceIds,
    IReadOnlyList<Guid> PayoutStatementIds,
    int EntriesInvoiced,
    int EntriesOnStatements,
    IReadOnlyList<string> Skipped);

public sealed record IssuedDocument(Guid Id, string Number);

public sealed record RefusedDocument(Guid Id, string Reason);

/// <summary>Each document is issued in its own transaction; one refusal does not stop the others.</summary>
public sealed record IssueOutcome(IReadOnlyList<IssuedDocument> Issued, IReadOnlyList<RefusedDocument> Refused);

/// <summary>A PDF to hand to the user: the stored, hash-checked file of an issued document, or a marked preview of a draft.</summary>
public sealed record DocumentFile(byte[] Content, string FileName);
