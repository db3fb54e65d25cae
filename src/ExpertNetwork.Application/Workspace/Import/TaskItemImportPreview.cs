using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Workspace;

namespace ExpertNetwork.Application.Workspace.Import;

/// <summary>
/// Bounds of one item import. The file limit is 100 MB: 100,000 items of about 1 KB fit with room to spare, the
/// parsed preview stays within a few hundred MB of memory, and a bigger set is imported as several files.
/// </summary>
public sealed record TaskItemImportLimits
{
    public const long DefaultMaxFileBytes = 100L * 1024 * 1024;

    public static TaskItemImportLimits Default { get; } = new();

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public int MaxItemBytes { get; init; } = TaskItem.MaxContentBytes;

    public int MaxItems { get; init; } = 1_000_000;

    /// <summary>Listing stops after this many problems; a file with that many needs fixing at its source anyway.</summary>
    public int MaxErrors { get; init; } = 200;
}

/// <summary>One importable item as read from the file, already checked against the task set.</summary>
public sealed record TaskItemImportRow(int Line, string ExternalId, ItemContent Content, bool IsPractice, TaskAnswer? ExpectedAnswer);

/// <summary>
/// One problem with the file. <see cref="Line"/> is the JSONL line, or the CSV row as a spreadsheet numbers it (the
/// header is row 1); it is null for the file as a whole (too large, not a .jsonl or .csv file).
/// </summary>
public sealed record TaskItemImportError(int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"Line {line}: {Message}" : Message;
}

/// <summary>
/// What importing a file would add. Nothing is partial: the items are made only from a preview with no errors, so
/// a file with one bad line imports nothing until it is fixed.
/// </summary>
public sealed class TaskItemImportPreview(IReadOnlyList<TaskItemImportRow> rows, IReadOnlyList<TaskItemImportError> errors, bool errorsCut)
{
    public IReadOnlyList<TaskItemImportRow> Rows { get; } = rows;

    public IReadOnlyList<TaskItemImportError> Errors { get; } = errors;

    /// <summary>True when listing stopped at <see cref="TaskItemImportLimits.MaxErrors"/> (or at a binary line) and the file may have more problems.</summary>
    public bool ErrorsCut { get; } = errorsCut;

    public bool CanImport => Errors.Count == 0 && Rows.Count > 0;

    /// <summary>
    /// The hook for ids already in the task set: the caller looks up which of <see cref="Rows"/>' ids exist (one
    /// query) and gets the preview with a refusal for each of those lines.
    /// </summary>
    public TaskItemImportPreview WithExistingIds(IReadOnlySet<string> existingIds)
    {
        ArgumentNullException.ThrowIfNull(existingIds);
        var clashes = Rows.Where(r => existingIds.Contains(r.ExternalId))
            .Select(r => new TaskItemImportError(r.Line, $"An item with the id '{r.ExternalId}' is already in this task set."))
            .ToList();
        if (clashes.Count == 0)
            return this;
        var errors = Errors.Concat(clashes).OrderBy(e => e.Line ?? 0).ToList();
        return new TaskItemImportPreview(Rows, errors, ErrorsCut);
    }

    /// <summary>The items to save, numbered on from <paramref name="firstSequence"/> in file order.</summary>
    public IReadOnlyList<TaskItem> ToItems(TaskSet set, int firstSequence, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!CanImport)
            throw Refusal.Conflict("This file has problems listed in its preview; fix them and upload it again. Nothing was imported.");
        return Rows.Select((r, i) => TaskItem.Import(set, r.ExternalId, firstSequence + i, r.Content, r.IsPractice, r.ExpectedAnswer, nowUtc)).ToList();
    }
}
