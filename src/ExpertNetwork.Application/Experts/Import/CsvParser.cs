using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace ExpertNetwork.Application.Experts.Import;

/// <summary>
/// Reads RFC 4180 CSV: quoted fields with doubled quotes, delimiters and line breaks inside quotes, CRLF or LF line
/// ends, an optional UTF-8 byte order mark. The delimiter is a comma or, as spreadsheets in many European locales
/// save it, a semicolon: whichever appears more often outside quotes in the header line. Anything that is not
/// UTF-8 CSV text is refused with a <see cref="CsvFormatException"/> that says what the file is and how to fix it.
/// </summary>
public static class CsvParser
{
    public const long MaxBytes = 5L * 1024 * 1024;
    public const int MaxRecords = 10_000;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static CsvTable Parse(ReadOnlySpan<byte> bytes, long maxBytes = MaxBytes, int maxRecords = MaxRecords)
    {
        if (bytes.Length > maxBytes)
            throw new CsvFormatException(TooLarge(maxBytes));
        if (bytes.StartsWith(Utf8Bom))
            bytes = bytes[Utf8Bom.Length..];
        RefuseKnownNonCsv(bytes);
        var text = DecodeUtf8(bytes);
        if (string.IsNullOrWhiteSpace(text))
            throw new CsvFormatException("The file is empty. It needs a header row and at least one expert.");

        var delimiter = DetectDelimiter(text);
        var records = new List<CsvRecord>();
        IReadOnlyList<string>? header = null;
        var row = 0;
        foreach (var fields in ReadRecords(text, delimiter))
        {
            row++;
            if (fields.Count == 1 && fields[0].Length == 0)
                continue; // blank line
            if (header is null)
            {
                header = fields;
                continue;
            }
            if (records.Count == maxRecords)
                throw new CsvFormatException($"The file has more than {maxRecords.ToString("N0", CultureInfo.InvariantCulture)} rows; split it into files of at most that many experts.");
            records.Add(new CsvRecord(row, fields));
        }
        if (header is null)
            throw new CsvFormatException("The file is empty. It needs a header row and at least one expert.");
        if (records.Count == 0)
            throw new CsvFormatException("The file has a header row but no data rows.");
        return new CsvTable(header, records, delimiter);
    }

    private static void RefuseKnownNonCsv(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8))
            throw new CsvFormatException("This is an Excel workbook or another zip file, not CSV. In your spreadsheet choose File › Save as › \"CSV UTF-8 (comma delimited)\" and upload that file.");
        if (bytes.StartsWith("%PDF"u8))
            throw new CsvFormatException("This is a PDF document, not CSV. Upload a CSV file saved from a spreadsheet.");
        if (bytes.StartsWith(stackalloc byte[] { 0xFF, 0xFE }) || bytes.StartsWith(stackalloc byte[] { 0xFE, 0xFF }))
            throw new CsvFormatException("The file is UTF-16 text (\"Unicode text\"), not UTF-8. Save it as \"CSV UTF-8\" and upload it again.");
        if (bytes.StartsWith(stackalloc byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            throw new CsvFormatException("This is an old Excel (.xls) or Word file, not CSV. Save it as \"CSV UTF-8\" and upload that file.");
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new CsvFormatException($"This is not a text file (it contains binary data at byte {nul + 1}). Upload a CSV file saved from a spreadsheet as \"CSV UTF-8\".");
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status == System.Buffers.OperationStatus.Done)
            return new string(chars, 0, written);
        var line = bytes[..read].Count((byte)'\n') + 1;
        throw new CsvFormatException(
            $"The file is not UTF-8 text: byte {read + 1} (line {line}) is not valid UTF-8, which usually means it was saved as \"CSV\" in a local code page. Save it as \"CSV UTF-8\" and upload it again.");
    }

    private static char DetectDelimiter(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c is '\n' or '\r')
                break;
            else if (!quoted && c == ',')
                commas++;
            else if (!quoted && c == ';')
                semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static IEnumerable<List<string>> ReadRecords(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var recordStartLine = 1;
        var line = 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                // A quoted field: read to the closing quote; "" is a literal quote.
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    if (text[i] == '\n')
                        line++;
                    field.Append(text[i]);
                    i++;
                }
                if (!closed)
                    throw new CsvFormatException($"A quoted value that starts on line {recordStartLine} is never closed. Check for a missing closing quote (\").");
                if (i < text.Length && text[i] != delimiter && text[i] != '\r' && text[i] != '\n')
                    throw new CsvFormatException($"Line {line} has text after a closing quote. A value with quotes inside must be wrapped in quotes with each inner quote doubled (\"\").");
                continue;
            }
            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
                continue;
            }
            if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
                recordStartLine = line;
                continue;
            }
            field.Append(c);
            i++;
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    internal static string TooLarge(long maxBytes) =>
        $"The file is larger than {(maxBytes / (1024d * 1024d)).ToString("0.##", CultureInfo.InvariantCulture)} MB, the most that can be imported at once. Split it into smaller files.";
}
