namespace ExpertNetwork.Application.Experts.Import;

/// <summary>What an import does (preview) or did (after confirming), row by row.</summary>
public sealed class ExpertImportReport(IReadOnlyList<ImportRowOutcome> rows)
{
    public IReadOnlyList<ImportRowOutcome> Rows { get; } = rows;

    public int Created => Count(ImportRowStatus.Create);

    public int Updated => Count(ImportRowStatus.Update);

    public int Unchanged => Count(ImportRowStatus.Unchanged);

    public int Rejected => Count(ImportRowStatus.Rejected);

    /// <summary>Whether confirming would write anything.</summary>
    public bool HasChanges => Created + Updated > 0;

    public IEnumerable<ImportRowOutcome> RejectedRows => Rows.Where(r => r.Status == ImportRowStatus.Rejected);

    private int Count(ImportRowStatus status) => Rows.Count(r => r.Status == status);
}

/// <summary>One data row: what happens to it, a short description of the change, and every problem found in it.</summary>
public sealed record ImportRowOutcome(int Row, string Email, string? Name, ImportRowStatus Status, IReadOnlyList<string> Changes, IReadOnlyList<ImportProblem> Problems);

/// <summary>A problem in one cell (or the whole row when <see cref="Column"/> is null), in words for the person fixing the file.</summary>
public sealed record ImportProblem(int Row, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"Row {Row}: {Message}" : $"Row {Row}, column {Column}: {Message}";
}

/// <summary>A preview or an import, or the reason the file could not be read at all.</summary>

/// <summary>A previewed file, stored so the very same bytes can be confirmed: its storage key and SHA-256.</summary>
public sealed record ExpertImportPreview(ExpertImportReport Report, string? StorageKey, string? Sha256);
