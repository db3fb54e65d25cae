namespace ExpertNetwork.Application.Experts.Import;

/// <summary>A parsed CSV file: the header and the data records, each with the row number a spreadsheet shows (the header is row 1).</summary>
public sealed class CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRecord> records, char delimiter)
{
    public IReadOnlyList<string> Header { get; } = header;

    public IReadOnlyList<CsvRecord> Records { get; } = records;

    public char Delimiter { get; } = delimiter;
}

/// <summary>One data record. <see cref="Row"/> counts records, not lines, so a quoted value spanning lines is still one row.</summary>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);
