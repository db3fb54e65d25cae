namespace ExpertNetwork.Domain.Common;

/// <summary>An inclusive range of calendar days; an open end means "until further notice".</summary>
public sealed record DateRange
{
    public DateRange(DateOnly start, DateOnly? end)
    {
        if (end is { } e && e < start)
            throw Refusal.Invalid($"The end date {e:yyyy-MM-dd} is before the start date {start:yyyy-MM-dd}.");
        Start = start;
        End = end;
    }

    public DateOnly Start { get; private init; }
    public DateOnly? End { get; private init; }

    public bool Contains(DateOnly day) => day >= Start && (End is null || day <= End);

    public bool Overlaps(DateRange other) =>
        (End is null || other.Start <= End) && (other.End is null || Start <= other.End);

    /// <summary>Whole weeks touched by a bounded range, at least one.</summary>
    public int Weeks => End is { } e ? Math.Max(1, (int)Math.Ceiling((e.DayNumber - Start.DayNumber + 1) / 7.0)) : 0;

    public override string ToString() => End is { } e ? $"{Start:yyyy-MM-dd} to {e:yyyy-MM-dd}" : $"from {Start:yyyy-MM-dd}";
}
