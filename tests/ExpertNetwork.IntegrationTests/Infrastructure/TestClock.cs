using ExpertNetwork.Application.Common;

namespace ExpertNetwork.IntegrationTests.Infrastructure;

/// <summary>A clock the test sets. It starts at a fixed instant with sub-microsecond ticks, as the real clock has.</summary>
public sealed class TestClock : IClock
{
    public static readonly DateTime Start = new DateTime(2026, 3, 16, 9, 30, 15, DateTimeKind.Utc).AddTicks(1_234_567);

    private long _ticks = Start.Ticks;

    public DateTime UtcNow => new(Interlocked.Read(ref _ticks), DateTimeKind.Utc);

    public DateOnly Today => DateOnly.FromDateTime(UtcNow);

    public void Set(DateTime utc)
    {
        if (utc.Kind != DateTimeKind.Utc)
            throw new ArgumentException("The test clock keeps UTC instants.", nameof(utc));
        Interlocked.Exchange(ref _ticks, utc.Ticks);
    }

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
