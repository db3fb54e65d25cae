using System.Text;
using ExpertNetwork.Application.Workspace.Import;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Workspace;

namespace ExpertNetwork.Infrastructure.Tests.Workspace;

public sealed class TaskItemImportTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private const string Why = "Response A names the staging system and cites the guideline.";

    private static TaskSet Set(TaskType type)
    {
        var client = Client.Create("Import Health Ltd", "Import Health Limited", "ap@import-health.example", "1 Example Street, London", "GB",
            "EUR", 0.2m, false, null, false, Now);
        var project = Project.Create(client, "Staging", "IMP-1", null, "Stage notes.", "Stage tumour-board notes.",
            ConfidentialityLevel.Confidential, false, new Money(1000m, "EUR"), "Europe/London", new DateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 31)), Now);
        var set = TaskSet.Create(project, null, "Import test", type, "Guidelines.", "pm", Now);
        if (type == TaskType.Classification)
            set.SetLabels(["Benign", "Malignant"], allowMultiple: false);
        return set;
    }

    private static TaskItemImportPreview Parse(TaskType type, string fileName, string text, TaskItemImportLimits? limits = null) =>
        TaskItemImport.Parse(Set(type), fileName, Encoding.UTF8.GetBytes(text), limits);

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    private static string Errors(TaskItemImportPreview preview) => string.Join("\n", preview.Errors);

    [Fact]
    public void Jsonl_items_are_read_with_their_line_numbers_ids_and_practice_answers()
    {
        var preview = Parse(TaskType.Pairwise, "pairs.jsonl", "\uFEFF" + Lines(
            """{"id":"q-1","prompt":"First-line treatment?","response_a":"A1","response_b":"B1","source":"ignored"}""",
            "",
            """{"id":7,"type":"pairwise","practice":true,"prompt":"P","response_a":"A2","response_b":"B2","expected_answer":{"choice":"A","strength":"clear","rationale":"Response A names the staging system and cites the guideline."}}"""));

        preview.Errors.ShouldBeEmpty();
        preview.CanImport.ShouldBeTrue();
        preview.Rows.Select(r => (r.Line, r.ExternalId, r.IsPractice)).ShouldBe([(1, "q-1", false), (3, "7", true)]);
        preview.Rows[0].Content.ShouldBe(new PairwiseContent("First-line treatment?", "A1", "B1"));
        ((PairwiseAnswer)preview.Rows[1].ExpectedAnswer!).Preferred.ShouldBe(PairwiseChoice.A);
    }

    [Fact]
    public void A_malformed_json_line_is_named_by_its_line()
    {
        var preview = Parse(TaskType.Rubric, "items.jsonl", Lines(
            """{"id":"1","prompt":"P","response":"R"}""",
            """{"id":"2","prompt":"P" "response":"R"}""",
            """["id","3"]"""));

        Errors(preview).ShouldBe(
            "Line 2: This line is not valid JSON (near byte 24). Each line must be one JSON object, such as {\"id\": \"1\", ...}.\n"
            + "Line 3: Each line must be one JSON object, such as {\"id\": \"1\", ...}.");
        preview.CanImport.ShouldBeFalse();
    }

    [Fact]
    public void A_missing_required_field_is_named_with_what_the_type_needs()
    {
        var preview = Parse(TaskType.Pairwise, "pairs.jsonl", Lines(
            """{"id":"1","prompt":"P","response_a":"A"}""",
            """{"prompt":"P","response_a":"A","response_b":"B"}"""));

        Errors(preview).ShouldBe(
            "Line 1: 'response_b' is missing; every pairwise item needs 'prompt', 'response_a' and 'response_b'.\n"
            + "Line 2: 'id' is missing; every item needs an id that is unique in the file.");
    }

    [Fact]
    public void An_unknown_task_type_or_another_sets_type_is_refused()
    {
        var preview = Parse(TaskType.Classification, "notes.jsonl", Lines(
            """{"id":"1","type":"ranking","text":"T"}""",
            """{"id":"2","type":"rubric","text":"T"}""",
            """{"id":"3","type":"Classification","text":"T"}"""));

        Errors(preview).ShouldBe(
            "Line 1: 'ranking' is not a task type; use classification, pairwise, rubric or written_answer.\n"
            + "Line 2: This is a rubric item, but the task set is classification.");
        preview.Rows.Single().ExternalId.ShouldBe("3");
    }

    [Fact]
    public void An_item_over_256_kb_is_refused_by_its_line()
    {
        var big = new string('x', 300 * 1024);

        var preview = Parse(TaskType.Classification, "notes.jsonl", Lines(
            """{"id":"1","text":"T"}""",
            $$"""{"id":"2","text":"{{big}}"}"""));

        Errors(preview).ShouldBe("Line 2: This item is 301 KB; an item may be at most 256 KB.");
    }

    [Fact]
    public void A_duplicate_id_names_the_line_that_used_it_first()
    {
        var preview = Parse(TaskType.Classification, "notes.jsonl", Lines(
            """{"id":"n-1","text":"T"}""",
            """{"id":"n-2","text":"T"}""",
            """{"id":"n-1","text":"T again"}"""));

        Errors(preview).ShouldBe("Line 3: The id 'n-1' is already used on line 1; every item needs its own id.");
    }

    [Fact]
    public void Ids_already_in_the_set_are_refused_through_the_hook()
    {
        var preview = Parse(TaskType.Classification, "notes.jsonl", Lines(
            """{"id":"n-1","text":"T"}""",
            """{"id":"n-2","text":"T"}"""));

        var checkedPreview = preview.WithExistingIds(new HashSet<string> { "n-2" });

        Errors(checkedPreview).ShouldBe("Line 2: An item with the id 'n-2' is already in this task set.");
        checkedPreview.CanImport.ShouldBeFalse();
        preview.WithExistingIds(new HashSet<string> { "other" }).ShouldBeSameAs(preview);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_without_being_read_whole()
    {
        var limits = new TaskItemImportLimits { MaxFileBytes = 1024 * 1024 };
        var text = Lines(Enumerable.Range(1, 50_000).Select(i => $$"""{"id":"{{i}}","text":"Note {{i}}"}""").ToArray());

        var fromBytes = Parse(TaskType.Classification, "notes.jsonl", text, limits);
        var fromStream = TaskItemImport.Parse(Set(TaskType.Classification), "notes.jsonl", new OneWayStream(Encoding.UTF8.GetBytes(text)), limits);

        foreach (var preview in new[] { fromBytes, fromStream })
        {
            preview.Errors.Single().ShouldBe(new TaskItemImportError(null,
                "The file is larger than 1 MB, the most that can be imported at once. Split it into smaller files."));
            preview.Rows.ShouldBeEmpty();
        }
        TaskItemImportLimits.Default.MaxFileBytes.ShouldBe(100L * 1024 * 1024);
    }

    [Fact]
    public void A_binary_file_is_refused_at_its_first_binary_line_and_reading_stops()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines("""{"id":"1","text":"T"}""", """{"id":"2","text":"T"}""")).Concat(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }).ToArray();

        var preview = TaskItemImport.Parse(Set(TaskType.Classification), "notes.jsonl", bytes);

        Errors(preview).ShouldBe("Line 3: This is not a text file (it contains binary data). Upload JSONL or CSV saved as UTF-8 text.");
        (preview.Rows.Count, preview.ErrorsCut).ShouldBe((0, true));
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused_at_its_line()
    {
        var bytes = Encoding.Latin1.GetBytes(Lines("""{"id":"1","text":"Jurgen"}""", """{"id":"2","text":"Jürgen"}"""));

        Errors(TaskItemImport.Parse(Set(TaskType.Classification), "notes.csv", bytes)).ShouldBe(
            "Line 2: This line is not UTF-8 text, which usually means the file was saved in a local code page. Save it as UTF-8 and upload it again.");
    }

    [Theory]
    [InlineData("items.xlsx", "", "Upload a .jsonl or .csv file; 'items.xlsx' is neither.")]
    [InlineData("items.jsonl", " \n\r\n", "The file is empty; it has no items.")]
    [InlineData("items.csv", "", "The file is empty; it has no items.")]
    [InlineData("items.csv", "id,text\n", "The file has a header row but no data rows.")]
    public void A_file_that_is_not_an_item_file_is_refused_as_a_whole(string fileName, string text, string message)
    {
        var preview = Parse(TaskType.Classification, fileName, text);

        preview.Errors.Single().ShouldBe(new TaskItemImportError(null, message));
        preview.CanImport.ShouldBeFalse();
    }

    [Fact]
    public void An_expected_answer_belongs_to_a_practice_item_and_fits_the_set()
    {
        var preview = Parse(TaskType.Classification, "notes.jsonl", Lines(
            """{"id":"1","text":"T","expected_answer":{"labels":["Benign"]}}""",
            """{"id":"2","text":"T","practice":true,"expected_answer":{"labels":["Cancer"]}}""",
            """{"id":"3","text":"T","practice":"maybe"}"""));

        Errors(preview).ShouldBe(
            "Line 1: Only a practice item has an expected answer; mark it practice or leave 'expected_answer' out.\n"
            + "Line 2: The expected answer does not fit this task set: 'Cancer' is not one of this task's labels.\n"
            + "Line 3: 'practice' must be true or false.");
    }

    [Fact]
    public void A_csv_row_without_a_text_column_is_shown_as_its_columns_in_header_order()
    {
        var preview = Parse(TaskType.Classification, "boq.csv",
            "id,Item,Unit,Quantity,practice,expected_answer\r\n"
            + "r-1,Concrete C30/37,m3,12.5,,\r\n"
            + "r-2,\"Rebar, B500\",t,3,yes,\"{\"\"labels\"\":[\"\"Benign\"\"]}\"\r\n");

        preview.Errors.ShouldBeEmpty();
        var first = (ClassificationContent)preview.Rows[0].Content;
        first.Text.ShouldBeNull();
        first.Columns.Select(c => (c.Key, c.Value)).ShouldBe([("Item", "Concrete C30/37"), ("Unit", "m3"), ("Quantity", "12.5")]);
        preview.Rows.Select(r => (r.Line, r.ExternalId, r.IsPractice)).ShouldBe([(2, "r-1", false), (3, "r-2", true)]);
        ((ClassificationAnswer)preview.Rows[1].ExpectedAnswer!).Labels.ShouldBe(["Benign"]);
    }

    [Fact]
    public void A_csv_with_a_text_column_reads_text_and_title()
    {
        var preview = Parse(TaskType.Classification, "clauses.csv", "id;title;text\nc-1;Clause 4.2;The supplier shall indemnify the buyer.\n");

        preview.Rows.Single().Content.ShouldBe(new ClassificationContent("Clause 4.2", "The supplier shall indemnify the buyer.", null));
    }

    [Fact]
    public void Csv_header_names_are_matched_whatever_their_case()
    {
        var preview = Parse(TaskType.Rubric, "rubric.csv", "ID,Prompt,Response,Practice\nx-1,Explain TNM.,Tumour <T>; node & metastasis.,no\n");

        preview.Errors.ShouldBeEmpty();
        preview.Rows.Single().Content.ToJson().ShouldBe("""{"prompt":"Explain TNM.","response":"Tumour <T>; node & metastasis."}""");
    }

    [Fact]
    public void Csv_problems_are_named_by_the_row_a_spreadsheet_shows()
    {
        var preview = Parse(TaskType.Pairwise, "pairs.csv",
            "id,prompt,response_a,response_b\n"
            + "1,P,A,B\n"
            + "2,P,A\n"
            + "3,P,A,\n"
            + "1,P,A,B\n");

        Errors(preview).ShouldBe(
            "Line 3: This row has 3 values but the header has 4 columns.\n"
            + "Line 4: 'response_b' is missing; every pairwise item needs 'prompt', 'response_a' and 'response_b'.\n"
            + "Line 5: The id '1' is already used on line 2; every item needs its own id.");
    }

    [Theory]
    [InlineData("prompt,response\nP,R\n", "Line 1: The header has no 'id' column; every item needs an id that is unique in the file.")]
    [InlineData("id,prompt,Prompt,response\n1,P,P,R\n", "Line 1: The header names the column 'prompt' twice; each column needs its own name.")]
    [InlineData("id,prompt,response\n1,\"P,R\n", "A quoted value that starts on line 2 is never closed. Check for a missing closing quote (\").")]
    public void A_csv_header_or_quoting_problem_is_refused(string text, string message)
    {
        Errors(Parse(TaskType.Rubric, "rubric.csv", text)).ShouldBe(message);
    }

    [Fact]
    public void Listing_stops_at_the_error_limit()
    {
        var text = Lines(Enumerable.Range(1, 10).Select(i => $$"""{"id":"{{i}}"}""").ToArray());

        var preview = Parse(TaskType.Rubric, "r.jsonl", text, new TaskItemImportLimits { MaxErrors = 3 });

        (preview.Errors.Count, preview.ErrorsCut).ShouldBe((3, true));
        Parse(TaskType.Rubric, "r.jsonl", Lines(text.TrimEnd().Split('\n')[..3]), new TaskItemImportLimits { MaxErrors = 3 }).ErrorsCut.ShouldBeFalse();
    }

    [Fact]
    public void Items_are_made_only_from_a_preview_without_problems()
    {
        var set = Set(TaskType.Classification);
        var good = TaskItemImport.Parse(set, "n.jsonl", Encoding.UTF8.GetBytes(Lines("""{"id":"a","text":"T"}""", """{"id":"b","columns":{"x":1}}""")));
        var bad = TaskItemImport.Parse(set, "n.jsonl", Encoding.UTF8.GetBytes(Lines("""{"id":"a","text":"T"}""", """{"id":"b"}""")));

        var items = good.ToItems(set, firstSequence: 11, Now);

        items.Select(i => (i.ExternalId, i.Sequence, i.TaskSetId)).ShouldBe([("a", 11, set.Id), ("b", 12, set.Id)]);
        bad.Rows.Count.ShouldBe(1);
        Should.Throw<Refusal>(() => bad.ToItems(set, 1, Now))
            .Message.ShouldBe("This file has problems listed in its preview; fix them and upload it again. Nothing was imported.");
    }

    /// <summary>An upload as a request body delivers it: no length, no seeking.</summary>
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
