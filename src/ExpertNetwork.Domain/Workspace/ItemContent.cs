using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Workspace;

/// <summary>
/// What an item shows, by task type. It is kept as JSON with snake_case names (the names an import file uses) and
/// read back through <see cref="Parse(TaskType, string)"/>, so stored content is always valid for its type.
/// </summary>
public abstract record ItemContent
{
    public const int MaxFieldLength = 200_000;
    public const int MaxColumns = 50;

    public abstract TaskType Type { get; }

    public abstract string ToJson();

    /// <summary>Reads stored or imported content. Refusals name the missing or wrong field in a sentence for the importer.</summary>
    public static ItemContent Parse(TaskType type, string json)
    {
        using var document = ParseObject(json, "The item content");
        return Read(type, document.RootElement);
    }

    /// <summary>Reads the content fields of one JSON object; other properties (an id, a practice flag) are left alone.</summary>
    public static ItemContent Read(TaskType type, JsonElement item) => type switch
    {
        TaskType.Classification => ClassificationContent.Read(item),
        TaskType.Pairwise => new PairwiseContent(RequiredText(item, "prompt", type), RequiredText(item, "response_a", type), RequiredText(item, "response_b", type)),
        TaskType.Rubric => new RubricContent(RequiredText(item, "prompt", type), RequiredText(item, "response", type)),
        TaskType.WrittenAnswer => new WrittenContent(RequiredText(item, "brief", type), WrittenContent.ReadKind(item)),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    internal static JsonDocument ParseObject(string? json, string what)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json ?? string.Empty);
        }
        catch (JsonException)
        {
            throw Refusal.Invalid($"{what} is not valid JSON.");
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw Refusal.Invalid($"{what} must be a JSON object.");
        }
        return document;
    }

    /// <summary>A required text field of the item.</summary>
    internal static string RequiredText(JsonElement item, string name, TaskType type) =>
        OptionalText(item, name) ?? throw Refusal.Invalid($"'{name}' is missing; every {TaskSet.Describe(type)} item needs {RequiredFields(type)}.", name);

    internal static string? OptionalText(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        var text = Scalar(value) ?? throw Refusal.Invalid($"'{name}' must be text.", name);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (text.Length > MaxFieldLength)
            throw Refusal.Invalid($"'{name}' is longer than {MaxFieldLength:N0} characters.", name);
        return text;
    }

    /// <summary>Strings as they are; numbers and booleans as written (a spreadsheet column of amounts stays readable).</summary>
    internal static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    public static string RequiredFields(TaskType type) => type switch
    {
        TaskType.Classification => "'text' or 'columns'",
        TaskType.Pairwise => "'prompt', 'response_a' and 'response_b'",
        TaskType.Rubric => "'prompt' and 'response'",
        _ => "'brief'",
    };

    // Text is stored as itself rather than as \uXXXX escapes, which would inflate it up to six times. The JSON is never
    // written into a page as script; views show the values as encoded text.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

/// <summary>A document to label: free text (a clinical note, a clause), or a row shown as its named columns (a bill-of-quantities line).</summary>
public sealed record ClassificationContent : ItemContent
{
    public ClassificationContent(string? title, string? text, IReadOnlyList<KeyValuePair<string, string>>? columns)
    {
        columns ??= [];
        if (text is null == (columns.Count == 0))
            throw Refusal.Invalid("A classification item needs either 'text' or 'columns', not both.", text is null ? "text" : "columns");
        if (columns.Count > MaxColumns)
            throw Refusal.Invalid($"A classification item may have at most {MaxColumns} columns.", "columns");
        var repeated = columns.GroupBy(c => c.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw Refusal.Invalid($"The column '{repeated.Key}' appears twice.", "columns");
        Title = title;
        Text = text;
        Columns = columns;
    }

    public override TaskType Type => TaskType.Classification;
    public string? Title { get; }
    public string? Text { get; }

    /// <summary>Column name and value, in the order the file gave them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Columns { get; }

    internal static ClassificationContent Read(JsonElement item)
    {
        var title = OptionalText(item, "title");
        var text = OptionalText(item, "text");
        List<KeyValuePair<string, string>>? columns = null;
        if (item.TryGetProperty("columns", out var value) && value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind != JsonValueKind.Object)
                throw Refusal.Invalid("'columns' must be an object of column names and values, in display order.", "columns");
            columns = [];
            foreach (var column in value.EnumerateObject())
            {
                if (string.IsNullOrWhiteSpace(column.Name))
                    throw Refusal.Invalid("Every column needs a name.", "columns");
                var cell = column.Value.ValueKind == JsonValueKind.Null ? string.Empty
                    : Scalar(column.Value) ?? throw Refusal.Invalid($"The column '{column.Name}' must hold text or a number.", "columns");
                if (cell.Length > MaxFieldLength)
                    throw Refusal.Invalid($"The column '{column.Name}' is longer than {MaxFieldLength:N0} characters.", "columns");
                columns.Add(new(column.Name.Trim(), cell));
            }
        }
        if (text is null && (columns is null || columns.Count == 0))
            throw Refusal.Invalid($"'text' is missing; every classification item needs {RequiredFields(TaskType.Classification)}.", "text");
        return new ClassificationContent(title, text, columns);
    }

    public override string ToJson() => Write(w =>
    {
        if (Title is not null)
            w.WriteString("title", Title);
        if (Text is not null)
            w.WriteString("text", Text);
        if (Columns.Count > 0)
        {
            w.WriteStartObject("columns");
            foreach (var (name, value) in Columns)
                w.WriteString(name, value);
            w.WriteEndObject();
        }
    });

    public bool Equals(ClassificationContent? other) =>
        other is not null && Title == other.Title && Text == other.Text && Columns.SequenceEqual(other.Columns);

    public override int GetHashCode() => HashCode.Combine(Title, Text, Columns.Count);
}

/// <summary>A prompt and two responses in import order; the screen may show them swapped (see <see cref="Assignment.SwapResponses"/>).</summary>
public sealed record PairwiseContent(string Prompt, string ResponseA, string ResponseB) : ItemContent
{
    public override TaskType Type => TaskType.Pairwise;

    /// <summary>The responses as one expert sees them: (left, right).</summary>
    public (string First, string Second) AsPresented(bool swapped) => swapped ? (ResponseB, ResponseA) : (ResponseA, ResponseB);

    public override string ToJson() => Write(w =>
    {
        w.WriteString("prompt", Prompt);
        w.WriteString("response_a", ResponseA);
        w.WriteString("response_b", ResponseB);
    });
}

public sealed record RubricContent(string Prompt, string Response) : ItemContent
{
    public override TaskType Type => TaskType.Rubric;

    public override string ToJson() => Write(w =>
    {
        w.WriteString("prompt", Prompt);
        w.WriteString("response", Response);
    });
}

public enum WrittenKind
{
    ReferenceAnswer,
    AdversarialPrompt,
}

/// <summary>A brief to answer: write a reference answer, or an adversarial prompt for red-teaming.</summary>
public sealed record WrittenContent(string Brief, WrittenKind Kind) : ItemContent
{
    public override TaskType Type => TaskType.WrittenAnswer;

    internal static WrittenKind ReadKind(JsonElement item)
    {
        var kind = OptionalText(item, "kind")?.Trim();
        return kind?.ToLowerInvariant() switch
        {
            null or "reference_answer" or "reference" => WrittenKind.ReferenceAnswer,
            "adversarial_prompt" or "adversarial" => WrittenKind.AdversarialPrompt,
            _ => throw Refusal.Invalid($"'kind' is '{kind}'; use reference_answer or adversarial_prompt.", "kind"),
        };
    }

    public override string ToJson() => Write(w =>
    {
        w.WriteString("brief", Brief);
        w.WriteString("kind", Kind == WrittenKind.ReferenceAnswer ? "reference_answer" : "adversarial_prompt");
    });
}
