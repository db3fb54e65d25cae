using System.Diagnostics;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Benchmarks.Search;

/// <summary>
/// <c>time-search</c>: a quick median of each benchmark search per provider (a few warm-up runs, then 15 timed), for
/// iterating on indexes and queries before the full BenchmarkDotNet run.
/// </summary>
internal static class SearchTimings
{
    public static async Task RunAsync(IReadOnlyList<string> providers)
    {
        var mapper = SearchBenchmarks.Mapper();
        foreach (var provider in providers.Select(Enum.Parse<DatabaseProvider>))
        {
            var options = await SearchDatabases.GetAsync(provider);
            Guid medicine, area;
            await using (var db = SearchDatabases.Context(options))
            {
                medicine = await db.Specialties.Where(s => s.Slug == "medicine").Select(s => s.Id).SingleAsync();
                area = await db.Specialties.Where(s => s.Slug == "medicine-1").Select(s => s.Id).SingleAsync();
            }
            foreach (var name in SearchCases.Names)
            {
                var search = SearchCases.For(name, medicine, area);
                var times = new List<double>();
                var total = 0;
                for (var run = 0; run < 18; run++)
                {
                    var watch = Stopwatch.StartNew();
                    await using var db = SearchDatabases.Context(options);
                    var page = await new SearchExpertsHandler(db, mapper, new SearchDataSet.FixedClock(SearchDataSet.Now)).HandleAsync(search, CancellationToken.None);
                    watch.Stop();
                    total = page.TotalCount;
                    if (run >= 3)
                        times.Add(watch.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                Console.WriteLine($"{provider,-10} {name,-26} median {times[times.Count / 2],8:N1} ms  fastest {times[0],8:N1} ms  ({total:N0} matches)");
            }
        }
    }
}
