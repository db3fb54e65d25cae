namespace ExpertNetwork.Application.Experts.Import;

/// <summary>
/// Writes RFC 4180 CSV (comma, CRLF, quotes only where needed). A value that a spreadsheet would run as a formula
/// (starting with = + - @, a tab or a carriage return) is written with a leading apostrophe, which spreadsheets show as
/// text; <see cref="Unprotect"/> takes it off again on import, so an export imports back unchanged.
/// </summary>
public static class CsvWriter
{
    public static string Line(IEnumerable<string?> values) => string.Join(',', values.Select(Cell)) + "\r\n";

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;
        if (StartsLikeFormula(value) || IsProtected(value))
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\";\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Removes the apostrophe an export put before a formula-like value.</summary>
    public static string Unprotect(string value) => IsProtected(value) ? value[1..] : value;

    // A value that itself starts with apostrophes before a formula character gets one more, so it survives Unprotect.
    private static bool IsProtected(string value) => value.Length > 1 && value[0] == '\'' && (StartsLikeFormula(value[1..]) || IsProtected(value[1..]));

    private static bool StartsLikeFormula(string value) => value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
