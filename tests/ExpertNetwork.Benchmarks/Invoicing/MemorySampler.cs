using System.Diagnostics;

namespace ExpertNetwork.Benchmarks.Invoicing;

/// <summary>
/// Samples the managed heap (<see cref="GC.GetTotalMemory(bool)"/>, no collection forced) and the process's working set
/// every 250 ms on a timer thread, tagged with the phase running, so the peaks of each quarter of a phase can be read
/// afterwards: a heap that grows with the work done shows as rising quarters.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<Sample> _samples = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private string _phase = "";

    public MemorySampler()
    {
        _timer = new Timer(_ => Take(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));
    }

    public void Dispose() => _timer.Dispose();

    /// <summary>Runs one phase, sampling once at its start and once at its end besides the timer's samples.</summary>
    public async Task<PhaseFigures> MeasureAsync(string phase, Func<Task> work)
    {
        lock (_gate)
            _phase = phase;
        var start = _clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Take();
        await work();
        Take();
        var end = _clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        lock (_gate)
        {
            _phase = "";
            var mine = _samples.Where(s => s.Phase == phase && s.At >= start && s.At <= end).ToList();
            var length = (end - start).Ticks;
            long PeakOfQuarter(int quarter, Func<Sample, long> value) => mine
                .Where(s => s.At.Ticks - start.Ticks <= length * quarter / 4 && (quarter == 1 || s.At.Ticks - start.Ticks > length * (quarter - 1) / 4))
                .Select(value).DefaultIfEmpty(0).Max();
            return new PhaseFigures(
                end - start,
                cpu,
                [.. Enumerable.Range(1, 4).Select(q => PeakOfQuarter(q, s => s.Managed))],
                [.. Enumerable.Range(1, 4).Select(q => PeakOfQuarter(q, s => s.WorkingSet))],
                mine.Count);
        }
    }

    private void Take()
    {
        var managed = GC.GetTotalMemory(false);
        var workingSet = Environment.WorkingSet;
        lock (_gate)
            _samples.Add(new Sample(_clock.Elapsed, _phase, managed, workingSet));
    }

    private sealed record Sample(TimeSpan At, string Phase, long Managed, long WorkingSet);
}

/// <summary>A phase's wall time, this process's CPU time in it (both cores; not the PostgreSQL server's), and the peaks of managed heap and working set in each quarter of it (bytes).</summary>
internal sealed record PhaseFigures(TimeSpan Elapsed, TimeSpan ProcessorTime, long[] ManagedByQuarter, long[] WorkingSetByQuarter, int Samples)
{
    public long PeakManaged => ManagedByQuarter.Max();
    public long PeakWorkingSet => WorkingSetByQuarter.Max();
}
