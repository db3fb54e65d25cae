using ExpertNetwork.Domain.Common;
using System.Globalization;
using ExpertNetwork.Application;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Benchmarks.Search;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Infrastructure;
using ExpertNetwork.Infrastructure.Compliance;
using ExpertNetwork.Infrastructure.Email;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Invoicing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Portal;
using ExpertNetwork.Infrastructure.Sprints;
using ExpertNetwork.Infrastructure.Staffing;
using ExpertNetwork.Infrastructure.Templates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpertNetwork.Benchmarks.Invoicing;

/// <summary>
/// <c>time-invoicing</c>: on a fresh copy of the finance month (<see cref="InvoicingDataSet"/>), what finance does
/// through the application's own DI container: one run (<see cref="RunInvoicingHandler"/>: draft invoices per client
/// and project, draft payout statements per expert), then "Issue all drafts" (<see cref="IssueInvoicesHandler"/>: a
/// number and a stored PDF each), then the payout statements (<see cref="IssuePayoutStatementsHandler"/>), each phase
/// timed with the heap and working set sampled every 250 ms. Three run sizes (the first week, first half and whole of
/// October: about 27 %, 50 % and 100 % of the entries), each on its own copy, after a warm-up run of one client's month.
/// </summary>
internal static class InvoicingTimings
{
    private const double TargetSeconds = 60;

    private static readonly (string Name, DateOnly To)[] Sizes =
    [
        ("1-8 Oct", new DateOnly(2026, 10, 8)),
        ("1-15 Oct", new DateOnly(2026, 10, 15)),
        ("October", InvoicingDataSet.MonthEnd),
    ];

    public static async Task RunAsync(IReadOnlyList<string> arguments)
    {
        var monthOnly = arguments.Contains("--month-only");
        var showSql = arguments.Contains("--sql");
        using var tally = new SqlTally();
        var providers = arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(Enum.Parse<DatabaseProvider>).ToList();
        if (providers.Count == 0)
            providers = [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];
        await using var databases = new InvoicingDatabases();
        var rows = new List<string>();
        foreach (var provider in providers)
        {
            var warmUp = await MeasureAsync(databases, tally, provider, "warm-up", InvoicingDataSet.MonthEnd, oneClient: true);
            Console.WriteLine($"{provider,-10} warm-up run of one client's October: {warmUp.InvoiceRun.TotalSeconds:N1} s (not counted)");
            foreach (var (name, to) in monthOnly ? Sizes[^1..] : Sizes)
            {
                var run = await MeasureAsync(databases, tally, provider, name, to);
                Print(provider, run, showSql);
                rows.Add(Row(provider, run));
            }
        }
        Console.WriteLine();
        Console.WriteLine("| provider | period | entries | invoices | statements | draft run | issue invoices | invoice run total | issue statements | peak heap by quarter of the whole run (MB) | peak working set |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
        foreach (var row in rows)
            Console.WriteLine(row);
        Console.WriteLine($"// load average after the runs: {LoadAverage()}");
    }

    private static async Task<RunFigures> MeasureAsync(InvoicingDatabases databases, SqlTally tally, DatabaseProvider provider, string name, DateOnly to, bool oneClient = false)
    {
        var settings = await databases.FreshCopyAsync(provider);
        await using var services = Services(settings);
        Guid? clientId = null;
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
            if (oneClient)
                clientId = await scope.ServiceProvider.GetRequiredService<ExpertNetworkDbContext>().Clients.OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
        }
        var load = LoadAverage();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(false);
        using var sampler = new MemorySampler();
        tally.Take();
        var sql = new List<IReadOnlyList<(string Sql, int Count, TimeSpan Duration)>>();
        InvoiceRunResult result = null!;
        IssueOutcome invoices = null!;
        IssueOutcome statements = null!;
        var draft = await sampler.MeasureAsync("draft", async () =>
        {
            await using var scope = services.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<RunInvoicingHandler>()
                .HandleAsync(new InvoiceRunInput(InvoicingDataSet.MonthStart, to, clientId), CancellationToken.None);
        });
        sql.Add(tally.Take());
        var issue = await sampler.MeasureAsync("issue-invoices", async () =>
        {
            await using var scope = services.CreateAsyncScope();
            invoices = await scope.ServiceProvider.GetRequiredService<IssueInvoicesHandler>().HandleAsync(new IssueInvoicesCommand(result.InvoiceIds), CancellationToken.None);
        });
        sql.Add(tally.Take());
        var payouts = await sampler.MeasureAsync("issue-statements", async () =>
        {
            await using var scope = services.CreateAsyncScope();
            statements = await scope.ServiceProvider.GetRequiredService<IssuePayoutStatementsHandler>().HandleAsync(new IssuePayoutStatementsCommand(result.PayoutStatementIds), CancellationToken.None);
        });
        sql.Add(tally.Take());

        int storedInvoices, storedStatements, entries, pdfCount;
        long pdfBytes;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ExpertNetworkDbContext>();
            storedInvoices = await db.Invoices.CountAsync(i => i.Status == DocumentStatus.Issued && i.PdfSha256 != null);
            storedStatements = await db.PayoutStatements.CountAsync(s => s.Status == DocumentStatus.Issued && s.PdfSha256 != null);
            entries = await db.TimeEntries.CountAsync(e => e.InvoiceId != null);
            // Files are in the database (Storage:Provider=Database, the default on server databases) or on disk.
            var stored = db.Set<ExpertNetwork.Infrastructure.Storage.StoredFileRecord>();
            pdfCount = await stored.CountAsync();
            pdfBytes = pdfCount == 0 ? 0 : await stored.SumAsync(f => f.SizeBytes);
        }
        var files = new DirectoryInfo(Path.Combine(settings.DataDirectory, "files"));
        var pdfs = files.Exists ? files.GetFiles("*.bin", SearchOption.AllDirectories) : [];
        return new RunFigures(name, load, baseline, result, invoices, statements, draft, issue, payouts, sql,
            storedInvoices, storedStatements, entries, pdfCount + pdfs.Length, pdfBytes + pdfs.Sum(f => f.Length));
    }

    private static void Print(DatabaseProvider provider, RunFigures run, bool showSql)
    {
        static string Mb(long bytes) => (bytes / 1_048_576.0).ToString("N0", CultureInfo.InvariantCulture);
        static string Quarters(long[] values) => string.Join(" / ", values.Select(Mb));
        var r = run.Result;
        Console.WriteLine($"{provider,-10} {run.Name}: load average {run.LoadAverage}; heap after a full collection {Mb(run.Baseline)} MB");
        Console.WriteLine($"  draft run         {run.Draft.Elapsed.TotalSeconds,7:N1} s  {r.EntriesInvoiced:N0} entries on {r.InvoiceIds.Count:N0} invoices, "
            + $"{r.EntriesOnStatements:N0} on {r.PayoutStatementIds.Count:N0} statements, {r.Skipped.Count:N0} skipped groups; "
            + $"{r.EntriesInvoiced / run.Draft.Elapsed.TotalSeconds:N0} entries/s; CPU {run.Draft.ProcessorTime.TotalSeconds:N1} s");
        Console.WriteLine($"    peak heap by quarter {Quarters(run.Draft.ManagedByQuarter)} MB, working set {Quarters(run.Draft.WorkingSetByQuarter)} MB");
        PrintSql(run.Sql[0], showSql);
        Console.WriteLine($"  issue invoices    {run.Issue.Elapsed.TotalSeconds,7:N1} s  {run.Invoices.Issued.Count:N0} issued, {run.Invoices.Refused.Count:N0} refused; "
            + $"{run.Invoices.Issued.Count / run.Issue.Elapsed.TotalSeconds:N1} invoices/s; CPU {run.Issue.ProcessorTime.TotalSeconds:N1} s");
        Console.WriteLine($"    peak heap by quarter {Quarters(run.Issue.ManagedByQuarter)} MB, working set {Quarters(run.Issue.WorkingSetByQuarter)} MB");
        PrintSql(run.Sql[1], showSql);
        Console.WriteLine($"  issue statements  {run.Payouts.Elapsed.TotalSeconds,7:N1} s  {run.Statements.Issued.Count:N0} issued, {run.Statements.Refused.Count:N0} refused; "
            + $"{run.Statements.Issued.Count / run.Payouts.Elapsed.TotalSeconds:N1} statements/s; CPU {run.Payouts.ProcessorTime.TotalSeconds:N1} s");
        Console.WriteLine($"    peak heap by quarter {Quarters(run.Payouts.ManagedByQuarter)} MB, working set {Quarters(run.Payouts.WorkingSetByQuarter)} MB");
        PrintSql(run.Sql[2], showSql);
        var total = run.InvoiceRun.TotalSeconds;
        Console.WriteLine($"  invoice run (draft + issue invoices) {total:N1} s: target {TargetSeconds:N0} s {(total < TargetSeconds ? "met" : "MISSED")}; "
            + $"{run.EntriesMarked:N0} entries on invoices, {run.StoredInvoices:N0} invoices and {run.StoredStatements:N0} statements issued with a PDF, "
            + $"{run.PdfFiles:N0} files stored ({run.PdfBytes / 1024.0 / run.PdfFiles:N1} KB each)");
        foreach (var refusal in run.Invoices.Refused.Concat(run.Statements.Refused).Take(3))
            Console.WriteLine($"  refused {refusal.Id}: {refusal.Reason}");
        foreach (var skipped in r.Skipped.Take(2))
            Console.WriteLine($"  skipped: {skipped}");
    }

    private static void PrintSql(IReadOnlyList<(string Sql, int Count, TimeSpan Duration)> statements, bool showSql)
    {
        Console.WriteLine($"    database: {statements.Sum(s => s.Count):N0} statements, {statements.Sum(s => s.Duration.TotalSeconds):N1} s until their results were returned");
        if (!showSql)
            return;
        foreach (var (sql, count, duration) in statements.Take(6))
            Console.WriteLine($"      {duration.TotalSeconds,6:N1} s {count,7:N0} x  {sql}");
    }

    private static string Row(DatabaseProvider provider, RunFigures run)
    {
        static string Mb(long bytes) => (bytes / 1_048_576.0).ToString("N0", CultureInfo.InvariantCulture);
        var all = new[] { run.Draft, run.Issue, run.Payouts };
        // The whole run's quarters by time: each phase's quarters weighted into the run's timeline would blur; the peak per
        // phase quarter, phase by phase, is what shows growth.
        var quarters = string.Join(" · ", all.Select(p => string.Join("/", p.ManagedByQuarter.Select(Mb))));
        return $"| {provider} | {run.Name} | {run.Result.EntriesInvoiced:N0} | {run.Invoices.Issued.Count:N0} | {run.Statements.Issued.Count:N0} | "
            + $"{run.Draft.Elapsed.TotalSeconds:N1} s | {run.Issue.Elapsed.TotalSeconds:N1} s | **{run.InvoiceRun.TotalSeconds:N1} s** | {run.Payouts.Elapsed.TotalSeconds:N1} s | "
            + $"{quarters} | {Mb(all.Max(p => p.PeakWorkingSet))} MB |";
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>The application's services as the web app composes them (as the integration tests' AppServices does), with the benchmark's clock and a finance user as the actor.</summary>
    private static ServiceProvider Services(DatabaseSettings settings)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IClock>(new SearchDataSet.FixedClock(InvoicingDataSet.Now));
        services.AddSingleton<ICurrentActor>(new FinanceUser());
        services.AddInfrastructure(settings);
        services.AddApplication(autoMapperLicenseKey: null);
        var configuration = new ConfigurationBuilder().Build();
        services.AddEmail(configuration, settings.DataDirectory);
        services.AddTemplates(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Templates:Directory"] = Path.Combine(RepositoryRoot(), "templates") })
            .Build());
        services.AddCompliance(configuration);
        services.AddStaffing(configuration);
        services.AddSprints(configuration);
        services.AddPortal(configuration);
        services.AddFinance(configuration);
        services.AddIdentity<StaffUser, IdentityRole>().AddEntityFrameworkStores<ExpertNetworkDbContext>().AddDefaultTokenProviders();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ExpertNetwork.sln")))
                    return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("Run the benchmark from inside the repository: its templates folder is needed.");
    }

    private sealed class FinanceUser : ICurrentActor
    {
        public ActorKind Kind => ActorKind.Staff;
        public string Id => "finance@bench.example";
        public string Name => "finance@bench.example";
    }

    private sealed record RunFigures(
        string Name, string LoadAverage, long Baseline, InvoiceRunResult Result, IssueOutcome Invoices, IssueOutcome Statements,
        PhaseFigures Draft, PhaseFigures Issue, PhaseFigures Payouts, IReadOnlyList<IReadOnlyList<(string Sql, int Count, TimeSpan Duration)>> Sql, int StoredInvoices, int StoredStatements, int EntriesMarked, int PdfFiles, long PdfBytes)
    {
        public TimeSpan InvoiceRun => Draft.Elapsed + Issue.Elapsed;
    }
}
