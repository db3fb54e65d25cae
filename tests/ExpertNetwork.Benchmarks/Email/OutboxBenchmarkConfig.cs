using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ExpertNetwork.Benchmarks.Email;

/// <summary>
/// One dispatch of the whole queue per iteration (the queue is refilled in the iteration setup), and a Messages/s
/// column computed from the mean time per message.
/// </summary>
public sealed class OutboxBenchmarkConfig : ManualConfig
{
    public OutboxBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithWarmupCount(1)
            .WithIterationCount(10));
        // The generated project builds the whole app with its migrations: that can take longer than BenchmarkDotNet's
        // default two minutes on a busy two-core machine.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        AddColumn(StatisticColumn.Median, new MessagesPerSecondColumn());
    }

    private sealed class MessagesPerSecondColumn : IColumn
    {
        public string Id => nameof(MessagesPerSecondColumn);
        public string ColumnName => "Messages/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Messages dispatched per second (1 / mean time per message)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            return statistics is null || statistics.Mean <= 0
                ? "-"
                : (1e9 / statistics.Mean).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
