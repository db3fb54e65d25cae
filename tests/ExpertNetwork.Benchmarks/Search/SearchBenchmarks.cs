using AutoMapper;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ExpertNetwork.Benchmarks.Search;

/// <summary>
/// The first page of the expert search over 100,000 experts (~300,000 credentials), on SQLite and PostgreSQL:
/// target median under 50 ms per search. Each invocation is what one request does: a fresh DbContext, the handler
/// (count + page + the page's credential counts and rates). Runs in process so all cases share one loaded database
/// per provider.
/// </summary>
[Config(typeof(Config))]
[MedianColumn]
public class SearchBenchmarks
{
    private DbContextOptions<ExpertNetworkDbContext> _options = null!;
    private IMapper _mapper = null!;
    private ExpertSearch _search = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = string.Empty;

    public static IEnumerable<string> Cases => SearchCases.Names;

    [GlobalSetup]
    public void Setup()
    {
        _options = SearchDatabases.GetAsync(Provider).GetAwaiter().GetResult();
        _mapper = Mapper();
        using var db = SearchDatabases.Context(_options);
        var medicine = db.Specialties.Single(s => s.Slug == "medicine").Id;
        var area = db.Specialties.Single(s => s.Slug == "medicine-1").Id;
        _search = SearchCases.For(Case, medicine, area);
        var first = Run().GetAwaiter().GetResult();
        Console.WriteLine($"// {Provider} / {Case}: {first.TotalCount:N0} matches, first page {first.Items.Count}");
    }

    [Benchmark(Description = "First page")]
    public Task<Application.Common.PagedResult<ExpertListItem>> FirstPage() => Run();

    internal static IMapper Mapper() =>
        new MapperConfiguration(cfg => cfg.AddMaps(typeof(ExpertSearch).Assembly), NullLoggerFactory.Instance).CreateMapper();

    private async Task<Application.Common.PagedResult<ExpertListItem>> Run()
    {
        await using var db = SearchDatabases.Context(_options);
        return await new SearchExpertsHandler(db, _mapper, new SearchDataSet.FixedClock(SearchDataSet.Now)).HandleAsync(_search, CancellationToken.None);
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(40), logOutput: true)).WithWarmupCount(2).WithIterationCount(10).WithId("InProcess"));
    }
}
