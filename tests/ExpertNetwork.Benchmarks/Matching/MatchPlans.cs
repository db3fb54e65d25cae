using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Benchmarks.Search;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Benchmarks.Matching;

/// <summary>
/// <c>explain-match</c>: the first page of candidates once per provider, printing every SQL statement with its plan, and
/// the hand-written query it is compared with.
/// </summary>
internal static class MatchPlans
{
    public static async Task RunAsync(IReadOnlyList<string> providers)
    {
        foreach (var provider in providers.Select(Enum.Parse<DatabaseProvider>))
        {
            var loaded = await MatchDatabases.GetAsync(provider);
            var options = new DbContextOptionsBuilder<ExpertNetworkDbContext>(loaded).AddInterceptors(new SearchPlans.Explainer(provider)).Options;
            Guid requestId;
            await using (var db = SearchDatabases.Context(loaded))
            {
                requestId = await db.StaffingRequests.Where(r => r.Title == MatchDataSet.TargetTitle).Select(r => r.Id).SingleAsync();
                Console.WriteLine($"==================== {provider} / hand-written");
                Console.WriteLine(await MatchTimings.HandWrittenSqlAsync(db, provider, requestId));
            }
            Console.WriteLine($"==================== {provider} / first page of candidates");
            await using (var db = SearchDatabases.Context(options))
            {
                var view = await new RankCandidatesHandler(db, new SearchDataSet.FixedClock(SearchDataSet.Now)).HandleAsync(new RankCandidatesQuery(requestId, 1, 25), CancellationToken.None);
                Console.WriteLine($"-- {view.Candidates.TotalCount:N0} fit");
            }
        }
    }
}
