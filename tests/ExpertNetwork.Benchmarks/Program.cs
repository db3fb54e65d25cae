using BenchmarkDotNet.Running;
using ExpertNetwork.Benchmarks.Budgets;
using ExpertNetwork.Benchmarks.Invoicing;
using ExpertNetwork.Benchmarks.Matching;
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
        if (args is ["time-match", .. var matched])
        {
            await MatchTimings.RunAsync(matched.Length > 0 ? matched : ["Sqlite", "PostgreSql"]);
            return;
        }
        if (args is ["explain-match", .. var explained])
        {
            await MatchPlans.RunAsync(explained.Length > 0 ? explained : ["Sqlite", "PostgreSql"]);
            return;
        }
        if (args is ["time-invoicing", .. var invoicing])
        {
            await InvoicingTimings.RunAsync(invoicing);
            return;
        }
        if (args is ["time-budgets", .. var budgeted])
        {
            await BudgetTimings.RunAsync(budgeted.Length > 0 ? budgeted : ["Sqlite", "PostgreSql"]);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
