using System.Data.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ExpertNetwork.Benchmarks.Search;

/// <summary>
/// <c>explain-search</c>: runs each benchmark search once per provider and prints every SQL statement with its plan
/// (SQLite EXPLAIN QUERY PLAN; PostgreSQL EXPLAIN ANALYZE), so index use can be checked on the 100k data set.
/// </summary>
internal static class SearchPlans
{
    public static async Task RunAsync(IReadOnlyList<string> providers)
    {
        var mapper = SearchBenchmarks.Mapper();
        foreach (var provider in providers.Select(Enum.Parse<DatabaseProvider>))
        {
            var loaded = await SearchDatabases.GetAsync(provider);
            var options = new DbContextOptionsBuilder<ExpertNetworkDbContext>(loaded).AddInterceptors(new Explainer(provider)).Options;
            Guid medicine, area;
            await using (var db = SearchDatabases.Context(loaded))
            {
                medicine = await db.Specialties.Where(s => s.Slug == "medicine").Select(s => s.Id).SingleAsync();
                area = await db.Specialties.Where(s => s.Slug == "medicine-1").Select(s => s.Id).SingleAsync();
            }
            foreach (var name in SearchCases.Names)
            {
                Console.WriteLine($"==================== {provider} / {name}");
                await using var db = SearchDatabases.Context(options);
                var page = await new SearchExpertsHandler(db, mapper, new SearchDataSet.FixedClock(SearchDataSet.Now))
                    .HandleAsync(SearchCases.For(name, medicine, area), CancellationToken.None);
                Console.WriteLine($"-- {page.TotalCount:N0} matches");
            }
        }
    }

    internal sealed class Explainer(DatabaseProvider provider) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Console.WriteLine(command.CommandText);
            await using var explain = command.Connection!.CreateCommand();
            explain.Transaction = command.Transaction;
            explain.CommandText = (provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS) ") + command.CommandText;
            foreach (DbParameter parameter in command.Parameters)
            {
                var copy = parameter is ICloneable cloneable ? (DbParameter)cloneable.Clone() : CopyOf(explain, parameter);
                explain.Parameters.Add(copy);
            }
            await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
            Console.WriteLine("-- plan:");
            while (await reader.ReadAsync(cancellationToken))
                Console.WriteLine("   " + (provider == DatabaseProvider.Sqlite ? $"{reader.GetValue(1)}/{reader.GetValue(0)} {reader.GetValue(3)}" : reader.GetString(0)));
            Console.WriteLine();
            return result;
        }

        private static DbParameter CopyOf(DbCommand command, DbParameter parameter)
        {
            var copy = command.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            copy.DbType = parameter.DbType;
            return copy;
        }
    }
}
