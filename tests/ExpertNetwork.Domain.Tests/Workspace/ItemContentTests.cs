using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Workspace;

namespace ExpertNetwork.Domain.Tests.Workspace;

public sealed class ItemContentTests
{
    [Fact]
    public void A_bill_of_quantities_row_keeps_its_columns_in_file_order_with_numbers_as_written()
    {
        var content = (ClassificationContent)ItemContent.Parse(TaskType.Classification,
            """{"title":"Row 14","columns":{"Item":"Concrete C30/37","Unit":"m3","Quantity":12.50,"Rate":null}}""");

        content.Title.ShouldBe("Row 14");
        content.Text.ShouldBeNull();
        content.Columns.Select(c => (c.Key, c.Value)).ShouldBe([("Item", "Concrete C30/37"), ("Unit", "m3"), ("Quantity", "12.50"), ("Rate", "")]);
    }

    [Theory]
    [InlineData(TaskType.Classification, """{"title":"Clause 4.2","text":"The supplier shall indemnify..."}""")]
    [InlineData(TaskType.Classification, """{"columns":{"Item":"Rebar","Qty":"3"}}""")]
    [InlineData(TaskType.Pairwise, """{"prompt":"Q","response_a":"One","response_b":"Two"}""")]
    [InlineData(TaskType.Rubric, """{"prompt":"Q","response":"R"}""")]
    [InlineData(TaskType.WrittenAnswer, """{"brief":"Write a reference answer.","kind":"reference_answer"}""")]
    public void Content_reads_back_what_it_writes(TaskType type, string json)
    {
        var content = ItemContent.Parse(type, json);

        content.Type.ShouldBe(type);
        ItemContent.Parse(type, content.ToJson()).ShouldBe(content);
    }

    [Theory]
    [InlineData(TaskType.Classification, """{"title":"x"}""", "'text' is missing; every classification item needs 'text' or 'columns'.", "text")]
    [InlineData(TaskType.Pairwise, """{"prompt":"Q","response_a":"One"}""", "'response_b' is missing; every pairwise item needs 'prompt', 'response_a' and 'response_b'.", "response_b")]
    [InlineData(TaskType.Rubric, """{"prompt":"Q","response":"  "}""", "'response' is missing; every rubric item needs 'prompt' and 'response'.", "response")]
    [InlineData(TaskType.WrittenAnswer, """{"kind":"adversarial_prompt"}""", "'brief' is missing; every written-answer item needs 'brief'.", "brief")]
    public void A_missing_required_field_is_named(TaskType type, string json, string message, string field)
    {
        var refusal = Should.Throw<Refusal>(() => ItemContent.Parse(type, json));

        (refusal.Message, refusal.Field).ShouldBe((message, field));
    }

    [Theory]
    [InlineData(TaskType.Classification, """{"text":"T","columns":{"a":"b"}}""", "A classification item needs either 'text' or 'columns', not both.")]
    [InlineData(TaskType.Classification, """{"columns":["a","b"]}""", "'columns' must be an object of column names and values, in display order.")]
    [InlineData(TaskType.Classification, """{"columns":{"Qty":"1","qty":"2"}}""", "The column 'Qty' appears twice.")]
    [InlineData(TaskType.Classification, """{"columns":{"Qty":{"n":1}}}""", "The column 'Qty' must hold text or a number.")]
    [InlineData(TaskType.Pairwise, """{"prompt":["Q"],"response_a":"a","response_b":"b"}""", "'prompt' must be text.")]
    [InlineData(TaskType.WrittenAnswer, """{"brief":"B","kind":"poem"}""", "'kind' is 'poem'; use reference_answer or adversarial_prompt.")]
    [InlineData(TaskType.Rubric, """["prompt"]""", "The item content must be a JSON object.")]
    [InlineData(TaskType.Rubric, """{"prompt":""", "The item content is not valid JSON.")]
    public void Wrong_content_is_refused_with_a_sentence(TaskType type, string json, string message)
    {
        Should.Throw<Refusal>(() => ItemContent.Parse(type, json)).Message.ShouldBe(message);
    }

    [Fact]
    public void Text_in_any_script_and_markup_characters_are_stored_as_themselves()
    {
        new RubricContent("Czy guz <T2> jest operacyjny?", "Tak & nie — zależy od N.").ToJson()
            .ShouldBe("""{"prompt":"Czy guz <T2> jest operacyjny?","response":"Tak & nie — zależy od N."}""");
    }

    [Fact]
    public void A_written_brief_is_a_reference_answer_unless_it_says_otherwise()
    {
        ((WrittenContent)ItemContent.Parse(TaskType.WrittenAnswer, """{"brief":"B"}""")).Kind.ShouldBe(WrittenKind.ReferenceAnswer);
        ((WrittenContent)ItemContent.Parse(TaskType.WrittenAnswer, """{"brief":"B","kind":"adversarial"}""")).Kind.ShouldBe(WrittenKind.AdversarialPrompt);
    }

    [Fact]
    public void Pairwise_responses_are_presented_in_the_assignment_order()
    {
        var content = new PairwiseContent("Q", "first", "second");

        content.AsPresented(swapped: false).ShouldBe(("first", "second"));
        content.AsPresented(swapped: true).ShouldBe(("second", "first"));
    }
}
