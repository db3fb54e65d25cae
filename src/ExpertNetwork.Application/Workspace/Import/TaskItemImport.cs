using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ExpertNetwork.Application.Experts.Import;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Workspace;

namespace ExpertNetwork.Application.Workspace.Import;

/// <summary>
/// Reads task items from JSONL (one JSON object per line) or CSV (a header row, then one item per row; read by
/// <see cref="CsvParser"/>) and checks each against the task set, changing nothing. Both formats use the same
/// names: <c>id</c> (required, unique in the file), optional <c>type</c> (must be the set's), <c>practice</c>
/// and, for practice items, <c>expected_answer</c>; then the content fields of the type (<see cref="ItemContent"/>).
/// A CSV classification file without a <c>text</c> column shows every other column as the item's columns, in header
/// order (a bill-of-quantities row). Other JSONL properties are ignored. Ids already in the set are checked by the
/// caller through <see cref="TaskItemImportPreview.WithExistingIds"/>.
/// </summary>
public static class TaskItemImport
{
    private static readonly string[] Reserved = ["id", "type", "practice", "expected_answer"];

    public static TaskItemImportPreview Parse(TaskSet set, string fileName, Stream content, TaskItemImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= TaskItemImportLimits.Default;
        if (content.CanSeek && content.Length - content.Position > limits.MaxFileBytes)
            return TooLarge(limits);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes)
                return TooLarge(limits);
        }
        return Parse(set, fileName, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), limits);
    }

    public static TaskItemImportPreview Parse(TaskSet set, string fileName, ReadOnlyMemory<byte> bytes, TaskItemImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        limits ??= TaskItemImportLimits.Default;
        if (bytes.Length > limits.MaxFileBytes)
            return TooLarge(limits);
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (extension is not (".jsonl" or ".ndjson" or ".csv"))
            return Fail(null, $"Upload a .jsonl or .csv file; '{Path.GetFileName(fileName)}' is neither.");
        var body = bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        if (NotText(body.Span) is { } binary)
            return new TaskItemImportPreview([], [binary], errorsCut: true);
        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
            return Fail(null, "The file is empty; it has no items.");
        var reader = new Reader(set, limits);
        if (extension == ".csv")
            reader.ReadCsv(body);
        else
            reader.ReadJsonLines(body.Span);
        if (reader.Rows.Count == 0 && reader.Errors.Count == 0)
            reader.Errors.Add(new TaskItemImportError(null, "The file is empty; it has no items."));
        return new TaskItemImportPreview(reader.Rows, reader.Errors, reader.Cut);
    }

    private static TaskItemImportPreview TooLarge(TaskItemImportLimits limits) => Fail(null, CsvParser.TooLarge(limits.MaxFileBytes));

    private static TaskItemImportPreview Fail(int? line, string message) => new([], [new TaskItemImportError(line, message)], errorsCut: false);

    /// <summary>A NUL byte or bytes that are not UTF-8 mean a binary file (or text in a local code page): one error on the first such line, and no more reading.</summary>
    private static TaskItemImportError? NotText(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        while (!bytes.IsEmpty)
        {
            var end = bytes.IndexOf((byte)'\n');
            var current = end < 0 ? bytes : bytes[..end];
            if (current.Contains((byte)0))
                return new TaskItemImportError(line, "This is not a text file (it contains binary data). Upload JSONL or CSV saved as UTF-8 text.");
            if (!Utf8.IsValid(current))
                return new TaskItemImportError(line, "This line is not UTF-8 text, which usually means the file was saved in a local code page. Save it as UTF-8 and upload it again.");
            if (end < 0)
                break;
            bytes = bytes[(end + 1)..];
            line++;
        }
        return null;
    }

    private sealed class Reader(TaskSet set, TaskItemImportLimits limits)
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public List<TaskItemImportRow> Rows { get; } = [];
        public List<TaskItemImportError> Errors { get; } = [];
        public bool Cut { get; private set; }

        /// <summary>True when reading should stop: the error listing is full (more may follow) or the item limit was passed.</summary>
        private bool Stop()
        {
            if (Errors.Count >= limits.MaxErrors)
                Cut = true;
            return Cut;
        }

        public void ReadJsonLines(ReadOnlySpan<byte> bytes)
        {
            var line = 0;
            while (!bytes.IsEmpty && !Stop())
            {
                line++;
                var end = bytes.IndexOf((byte)'\n');
                var current = (end < 0 ? bytes : bytes[..end]).TrimEnd((byte)'\r');
                bytes = end < 0 ? [] : bytes[(end + 1)..];
                if (current.Trim(" \t"u8).IsEmpty)
                    continue;
                if (current.Length > MaxItemBytes)
                {
                    Error(line, OverSize(current.Length));
                    continue;
                }
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(current.ToArray());
                }
                catch (JsonException e)
                {
                    var at = e.BytePositionInLine is { } position ? $" (near byte {position + 1})" : string.Empty;
                    Error(line, $"This line is not valid JSON{at}. Each line must be one JSON object, such as {{\"id\": \"1\", ...}}.");
                    continue;
                }
                using (document)
                {
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                        Error(line, "Each line must be one JSON object, such as {\"id\": \"1\", ...}.");
                    else
                        Item(line, document.RootElement);
                }
            }
        }

        public void ReadCsv(ReadOnlyMemory<byte> bytes)
        {
            CsvTable table;
            try
            {
                table = CsvParser.Parse(bytes.Span, limits.MaxFileBytes, int.MaxValue);
            }
            catch (CsvFormatException e)
            {
                Errors.Add(new TaskItemImportError(null, e.Message));
                return;
            }
            var header = table.Header.Select(h => h.Trim()).ToList();
            var repeated = header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                Error(1, $"The header names the column '{repeated.Key}' twice; each column needs its own name.");
                return;
            }
            if (!header.Contains("id", StringComparer.OrdinalIgnoreCase))
            {
                Error(1, "The header has no 'id' column; every item needs an id that is unique in the file.");
                return;
            }
            var asColumns = set.Type == TaskType.Classification && !header.Contains("text", StringComparer.OrdinalIgnoreCase);
            foreach (var record in table.Records)
            {
                if (Stop())
                    break;
                if (record.Fields.Count != header.Count)
                {
                    Error(record.Row, $"This row has {record.Fields.Count} values but the header has {header.Count} columns.");
                    continue;
                }
                var json = RowAsJson(header, record.Fields, asColumns);
                if (Encoding.UTF8.GetByteCount(json) > MaxItemBytes)
                {
                    Error(record.Row, OverSize(Encoding.UTF8.GetByteCount(json)));
                    continue;
                }
                using var document = JsonDocument.Parse(json);
                Item(record.Row, document.RootElement);
            }
        }

        /// <summary>One CSV row as the JSON object a JSONL line would be: reserved and content columns by name, or the other columns as "columns".</summary>
        private static string RowAsJson(IReadOnlyList<string> header, IReadOnlyList<string> fields, bool asColumns)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                for (var i = 0; i < header.Count; i++)
                {
                    var key = header[i].ToLowerInvariant();
                    if (!asColumns || Reserved.Contains(key) || key == "title")
                        writer.WriteString(key, fields[i]);
                }
                if (asColumns)
                {
                    writer.WriteStartObject("columns");
                    for (var i = 0; i < header.Count; i++)
                    {
                        var key = header[i].ToLowerInvariant();
                        if (!Reserved.Contains(key) && key != "title")
                            writer.WriteString(header[i], fields[i]);
                    }
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private void Item(int line, JsonElement item)
        {
            try
            {
                var id = Id(item);
                CheckType(item);
                var practice = Practice(item);
                var expected = Expected(item, practice);
                var content = ItemContent.Read(set.Type, item);
                var size = Encoding.UTF8.GetByteCount(content.ToJson());
                if (size > MaxItemBytes)
                    throw Refusal.Invalid(OverSize(size));
                if (_seen.TryGetValue(id, out var first))
                {
                    Error(line, $"The id '{id}' is already used on line {first}; every item needs its own id.");
                    return;
                }
                _seen[id] = line;
                if (Rows.Count == limits.MaxItems)
                {
                    Error(line, $"The file has more than {limits.MaxItems.ToString("N0", CultureInfo.InvariantCulture)} items; split it into smaller files.");
                    Cut = true;
                    return;
                }
                Rows.Add(new TaskItemImportRow(line, id, content, practice, expected));
            }
            catch (Refusal refusal)
            {
                Error(line, refusal.Message);
            }
        }

        private static string Id(JsonElement item)
        {
            if (!item.TryGetProperty("id", out var value) || value.ValueKind is JsonValueKind.Null
                || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString())))
                throw Refusal.Invalid("'id' is missing; every item needs an id that is unique in the file.");
            var id = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!.Trim(),
                JsonValueKind.Number => value.GetRawText(),
                _ => throw Refusal.Invalid("'id' must be text or a number."),
            };
            if (id.Length > TaskItem.MaxExternalIdLength)
                throw Refusal.Invalid($"'id' must be at most {TaskItem.MaxExternalIdLength} characters.");
            return id;
        }

        private void CheckType(JsonElement item)
        {
            if (!item.TryGetProperty("type", out var value) || value.ValueKind == JsonValueKind.Null
                || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString())))
                return;
            var given = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.GetRawText();
            TaskType? type = given.ToLowerInvariant() switch
            {
                "classification" => TaskType.Classification,
                "pairwise" => TaskType.Pairwise,
                "rubric" => TaskType.Rubric,
                "written_answer" or "written" => TaskType.WrittenAnswer,
                _ => null,
            };
            if (type is null)
                throw Refusal.Invalid($"'{given}' is not a task type; use classification, pairwise, rubric or written_answer.");
            if (type != set.Type)
                throw Refusal.Invalid($"This is a {TaskSet.Describe(type.Value)} item, but the task set is {TaskSet.Describe(set.Type)}.");
        }

        private static bool Practice(JsonElement item)
        {
            if (!item.TryGetProperty("practice", out var value))
                return false;
            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False or JsonValueKind.Null => false,
                JsonValueKind.String => value.GetString()!.Trim().ToLowerInvariant() switch
                {
                    "" or "false" or "no" or "0" => false,
                    "true" or "yes" or "1" => true,
                    _ => throw Refusal.Invalid("'practice' must be true or false."),
                },
                _ => throw Refusal.Invalid("'practice' must be true or false."),
            };
        }

        private TaskAnswer? Expected(JsonElement item, bool practice)
        {
            if (!item.TryGetProperty("expected_answer", out var value) || value.ValueKind == JsonValueKind.Null
                || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString())))
                return null;
            if (!practice)
                throw Refusal.Invalid("Only a practice item has an expected answer; mark it practice or leave 'expected_answer' out.");
            // In JSONL the answer is an object; in a CSV cell it is the same object written as text.
            var json = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            try
            {
                return TaskAnswer.Parse(set, json, swapped: false);
            }
            catch (Refusal refusal)
            {
                throw Refusal.Invalid($"The expected answer does not fit this task set: {refusal.Message}");
            }
        }

        private int MaxItemBytes => Math.Min(limits.MaxItemBytes, TaskItem.MaxContentBytes);

        private string OverSize(int bytes) =>
            $"This item is {Math.Ceiling(bytes / 1024d).ToString(CultureInfo.InvariantCulture)} KB; an item may be at most {MaxItemBytes / 1024} KB.";

        private void Error(int line, string message) => Errors.Add(new TaskItemImportError(line, message));
    }
}
