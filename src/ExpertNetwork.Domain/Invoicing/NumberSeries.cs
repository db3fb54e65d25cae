using System.Globalization;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Invoicing;

/// <summary>
/// A yearly numbering series such as INV-2026-000123. Numbers are allocated in the same transaction as the
/// document is issued, under the series' concurrency token: a rolled-back issue leaves no gap and two
/// concurrent issues never get the same number.
/// </summary>
public sealed class NumberSeries : AggregateRoot
{
    public const string Invoices = "INV";
    public const string CreditNotes = "CRN";
    public const string Payouts = "PAY";
    public const string PayoutCredits = "PCN";

    private NumberSeries() { Key = Prefix = string.Empty; }

    public string Key { get; private set; }
    public string Prefix { get; private set; }
    public int Year { get; private set; }
    public long LastNumber { get; private set; }

    public static string KeyFor(string prefix, int year) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}");

    public static NumberSeries Start(string prefix, int year)
    {
        var value = Guard.Required(prefix, "Series prefix", 8).ToUpperInvariant();
        if (!value.All(char.IsAsciiLetterUpper))
            throw Refusal.Invalid("A series prefix is letters only.");
        if (year is < 2000 or > 9999)
            throw Refusal.Invalid("A series year must be between 2000 and 9999.");
        var series = new NumberSeries { Prefix = value, Year = year, Key = KeyFor(value, year) };
        series.Record("Started");
        return series;
    }

    public (long Sequence, string Number) Allocate(DateOnly issueDate)
    {
        if (issueDate.Year != Year)
            throw Refusal.Invalid($"A document dated {issueDate:yyyy-MM-dd} cannot take a number from the {Year} series.");
        LastNumber++;
        Record("NumberAllocated");
        return (LastNumber, string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year}-{LastNumber:D6}"));
    }
}
