using BenchmarkDotNet.Running;
using ExpertNetwork.Benchmarks.Search;

namespace ExpertNetwork.Benchmarks;

internal static class Program
{
    private static async Task Main(string[] args)
    {
        if (args is ["explain-search", .. var providers])
        {
            await SearchPlans.RunAsync(providers.Length > 0 ? providers : ["Sqlite", "PostgreSql"]);
            return;
        }
        if (args is ["time-search", .. var timed])
        {
            await SearchTimings.RunAsync(timed.Length > 0 ? timed : ["Sqlite", "PostgreSql"]);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
