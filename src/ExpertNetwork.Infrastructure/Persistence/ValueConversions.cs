using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ExpertNetwork.Infrastructure.Persistence;

/// <summary>
/// Money and hours are stored as 64-bit integers in ten-thousandths so that every provider, SQLite included,
/// can compare and sort them in SQL. Sums over them are done in memory (EF cannot sum through a converter).
/// </summary>
public sealed class ScaledDecimalConverter() : ValueConverter<decimal, long>(
    v => (long)decimal.Round(v * Scale, 0, MidpointRounding.AwayFromZero),
    v => v / Scale)
{
    public const decimal Scale = 10_000m;
}

/// <summary>Instants are UTC everywhere; this restores the Kind that SQLite and SQL Server do not keep.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
