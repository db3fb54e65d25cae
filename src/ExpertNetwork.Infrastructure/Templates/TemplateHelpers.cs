using System.Globalization;
using HandlebarsDotNet;

namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>
/// Formatting helpers available to every template, so templates never format numbers or dates themselves:
/// <c>{{money amount currency}}</c>, <c>{{date d}}</c>, <c>{{datetime instant zone}}</c>, <c>{{hours h}}</c>.
/// </summary>
public static class TemplateHelpers
{
    /// <summary>Names of the registered helpers plus the Handlebars built-ins that templates may use.</summary>
    public static IReadOnlySet<string> HelperNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "money", "date", "datetime", "hours",
    };

    public static IReadOnlySet<string> BlockHelperNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "if", "unless", "each", "with",
    };

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    private static readonly HashSet<string> ZeroDecimalCurrencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "JPY", "KRW", "ISK", "CLP", "VND", "HUF",
    };

    public static void Register(IHandlebars handlebars)
    {
        ArgumentNullException.ThrowIfNull(handlebars);
        handlebars.RegisterHelper("money", (context, arguments) => Money(Arg(arguments, 0), Arg(arguments, 1)));
        handlebars.RegisterHelper("date", (context, arguments) => Date(Arg(arguments, 0)));
        handlebars.RegisterHelper("datetime", (context, arguments) => DateTimeInZone(Arg(arguments, 0), Arg(arguments, 1)));
        handlebars.RegisterHelper("hours", (context, arguments) => Hours(Arg(arguments, 0)));
    }

    /// <summary>"1,234.50 EUR"; an empty string when the amount is missing.</summary>
    public static string Money(object? amount, object? currency)
    {
        var value = ToDecimal(amount);
        if (value is null)
        {
            return string.Empty;
        }

        var code = (currency?.ToString() ?? string.Empty).Trim().ToUpperInvariant();
        var format = ZeroDecimalCurrencies.Contains(code) ? "N0" : "N2";
        var number = value.Value.ToString(format, Culture);
        return code.Length == 0 ? number : $"{number} {code}";
    }

    /// <summary>"3 March 2026".</summary>
    public static string Date(object? value) => value switch
    {
        null => string.Empty,
        DateOnly d => d.ToString("d MMMM yyyy", Culture),
        DateTime dt => dt.ToString("d MMMM yyyy", Culture),
        DateTimeOffset dto => dto.ToString("d MMMM yyyy", Culture),
        string s when DateOnly.TryParse(s, Culture, DateTimeStyles.None, out var d) => d.ToString("d MMMM yyyy", Culture),
        string s when DateTimeOffset.TryParse(s, Culture, DateTimeStyles.AssumeUniversal, out var dto) => dto.ToString("d MMMM yyyy", Culture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// An instant shown as wall-clock time in an IANA zone with the zone and its UTC offset at that instant,
    /// e.g. "30 March 2026, 09:00 (Europe/Warsaw, UTC+02:00)". A <see cref="DateTime"/> of unspecified kind is taken as UTC.
    /// </summary>
    public static string DateTimeInZone(object? instant, object? zone)
    {
        DateTimeOffset? utc = instant switch
        {
            DateTimeOffset dto => dto.ToUniversalTime(),
            DateTime dt => new DateTimeOffset(dt.Kind == DateTimeKind.Local ? dt.ToUniversalTime() : DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            string s when DateTimeOffset.TryParse(s, Culture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed.ToUniversalTime(),
            _ => null,
        };
        if (utc is null)
        {
            return instant?.ToString() ?? string.Empty;
        }

        var zoneId = zone?.ToString();
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return utc.Value.ToString("d MMMM yyyy, HH:mm 'UTC'", Culture);
        }

        var tz = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var local = TimeZoneInfo.ConvertTime(utc.Value, tz);
        return $"{local.ToString("d MMMM yyyy, HH:mm", Culture)} ({zoneId}, {FormatOffset(local.Offset)})";
    }

    /// <summary>"7.5 h".</summary>
    public static string Hours(object? value)
    {
        var hours = ToDecimal(value);
        return hours is null ? string.Empty : $"{hours.Value.ToString("0.##", Culture)} h";
    }

    private static string FormatOffset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return $"UTC{sign}{abs.Hours:00}:{abs.Minutes:00}";
    }

    private static object? Arg(Arguments arguments, int index) =>
        index < arguments.Length ? Unwrap(arguments[index]) : null;

    private static object? Unwrap(object? value) => value is UndefinedBindingResult ? null : value;

    private static decimal? ToDecimal(object? value) => value switch
    {
        null => null,
        decimal d => d,
        double d => (decimal)d,
        float f => (decimal)f,
        int i => i,
        long l => l,
        string s when decimal.TryParse(s, NumberStyles.Number, Culture, out var parsed) => parsed,
        IConvertible c => c.ToDecimal(Culture),
        _ => null,
    };
}
