using System.Text;
using ExpertNetwork.Application.Experts.Import;

namespace ExpertNetwork.Infrastructure.Tests.Import;

public sealed class CsvParserTests
{
    [Fact]
    public void Quoted_values_keep_their_delimiters_doubled_quotes_and_line_breaks()
    {
        var table = Parse("email,notes,headline\r\na@example.org,\"One, two\r\nthree\",\"She said \"\"hi\"\"\"\r\nb@example.org,,plain\r\n");

        table.Header.ShouldBe(["email", "notes", "headline"]);
        table.Records[0].Fields.ShouldBe(["a@example.org", "One, two\r\nthree", "She said \"hi\""]);
        table.Records[1].Fields.ShouldBe(["b@example.org", "", "plain"]);
    }

    [Fact]
    public void Rows_are_numbered_as_a_spreadsheet_numbers_them_even_when_a_value_spans_lines()
    {
        var table = Parse("email,notes\na@example.org,\"line 1\nline 2\"\nb@example.org,x\n\nc@example.org,y");

        table.Records.Select(r => (r.Row, r.Fields[0])).ShouldBe([(2, "a@example.org"), (3, "b@example.org"), (5, "c@example.org")]);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("email,full_name\nz@example.org,Zoë Łukasiewicz\n")).ToArray();

        var table = CsvParser.Parse(bytes);

        table.Header[0].ShouldBe("email");
        table.Records.Single().Fields[1].ShouldBe("Zoë Łukasiewicz");
    }

    [Fact]
    public void A_semicolon_delimited_file_from_a_european_spreadsheet_is_read()
    {
        var table = Parse("email;full_name;languages\na@example.org;Anna, PhD;\"de;en\"\n");

        table.Delimiter.ShouldBe(';');
        table.Records.Single().Fields.ShouldBe(["a@example.org", "Anna, PhD", "de;en"]);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_naming_the_byte_and_line()
    {
        var latin1 = Encoding.Latin1.GetBytes("email,full_name\na@example.org,Anna\nb@example.org,Jürgen\n");

        Should.Throw<CsvFormatException>(() => CsvParser.Parse(latin1)).Message.ShouldBe(
            "The file is not UTF-8 text: byte 51 (line 3) is not valid UTF-8, which usually means it was saved as \"CSV\" in a local code page. Save it as \"CSV UTF-8\" and upload it again.");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n \n")]
    public void An_empty_file_is_refused(string content)
    {
        Should.Throw<CsvFormatException>(() => Parse(content)).Message.ShouldBe("The file is empty. It needs a header row and at least one expert.");
    }

    [Fact]
    public void A_file_with_only_a_header_is_refused()
    {
        Should.Throw<CsvFormatException>(() => Parse("email,full_name\n")).Message.ShouldBe("The file has a header row but no data rows.");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var huge = new byte[CsvParser.MaxBytes + 1];
        huge.AsSpan().Fill((byte)'a');

        Should.Throw<CsvFormatException>(() => CsvParser.Parse(huge)).Message.ShouldBe(
            "The file is larger than 5 MB, the most that can be imported at once. Split it into smaller files.");
    }

    [Fact]
    public void A_file_with_more_rows_than_the_limit_is_refused()
    {
        var content = "email\n" + string.Concat(Enumerable.Range(0, 11).Select(i => $"e{i}@example.org\n"));

        Should.Throw<CsvFormatException>(() => CsvParser.Parse(Encoding.UTF8.GetBytes(content), maxRecords: 10)).Message.ShouldBe(
            "The file has more than 10 rows; split it into files of at most that many experts.");
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "This is an Excel workbook or another zip file, not CSV.")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x65, 0x00 }, "The file is UTF-16 text")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "This is a PDF document, not CSV.")]
    [InlineData(new byte[] { 0x65, 0x6D, 0x00, 0x01, 0x02 }, "This is not a text file (it contains binary data at byte 3).")]
    public void A_file_that_is_not_csv_text_is_refused_saying_what_it_is(byte[] content, string start)
    {
        Should.Throw<CsvFormatException>(() => CsvParser.Parse(content)).Message.ShouldStartWith(start);
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_refused()
    {
        Should.Throw<CsvFormatException>(() => Parse("email,notes\na@example.org,\"open\nb@example.org,x\n")).Message.ShouldBe(
            "A quoted value that starts on line 2 is never closed. Check for a missing closing quote (\").");
    }

    [Fact]
    public void Written_rows_read_back_to_the_same_values_with_formulas_neutralised()
    {
        string[] values = ["=SUM(A1:A2)", "+48 600", "-5", "@cmd", "a, \"b\"\nc", "'=already", "plain", ""];

        var line = CsvWriter.Line(values);
        var read = Parse("h1,h2,h3,h4,h5,h6,h7,h8\n" + line).Records.Single().Fields;

        read.Take(4).ShouldAllBe(v => v.StartsWith('\''), "a spreadsheet must show these as text, not run them");
        read.Select(CsvWriter.Unprotect).ShouldBe(values);
    }

    private static CsvTable Parse(string content) => CsvParser.Parse(Encoding.UTF8.GetBytes(content));
}
