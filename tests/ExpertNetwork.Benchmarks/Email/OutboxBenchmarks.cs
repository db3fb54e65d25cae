using BenchmarkDotNet.Attributes;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Infrastructure.Email;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Time;
using ExpertNetwork.TestSupport;
using ExpertNetwork.TestSupport.Smtp;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ExpertNetwork.Benchmarks.Email;

/// <summary>
/// Outbox throughput (target: at least 200 messages/s): <see cref="Messages"/> queued messages dispatched the way the
/// scheduled job does it (batches until none is due) through MailKit to the loopback SMTP server over a real socket,
/// every outcome recorded with its attempt row and audit events. One operation is one message, so the Mean column is
/// the time per message and the Messages/s column its inverse.
/// </summary>
[Config(typeof(OutboxBenchmarkConfig))]
public class OutboxBenchmarks
{
    public const int Messages = 500;

    private static readonly EmailOptions Options = new() { From = "ExpertNetwork <no-reply@expertnetwork.test>" };

    private readonly SystemClock clock = new();
    private readonly SystemActor actor = new("outbox-benchmark");
    private readonly EmailMetrics metrics = new();
    private string? directory;
    private PostgresServer? postgres;
    private LoopbackSmtpServer smtp = null!;
    private SmtpMailTransport transport = null!;
    private DbContextOptions<ExpertNetworkDbContext> dbOptions = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    [Params(10, 100)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    /// <summary>Empties the outbox and queues the messages of the next run in one unit of work, as use cases would over time.</summary>
    [IterationSetup]
    public void QueueMessages() => QueueMessagesAsync().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Messages, Description = "Dispatch queued messages to loopback SMTP")]
    public int Dispatch() => DispatchAllAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        string connectionString;
        if (Provider == DatabaseProvider.PostgreSql)
        {
            postgres = await PostgresServer.StartAsync();
            if (postgres.Unavailable is not null)
                throw new InvalidOperationException(postgres.Unavailable);
            connectionString = await postgres.CreateDatabaseAsync("outbox_bench");
        }
        else
        {
            directory = Path.Combine(Path.GetTempPath(), "expertnetwork-outbox-bench-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(directory);
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, DatabaseSettings.SqliteFileName), DefaultTimeout = 30 }.ToString();
        }
        var settings = new DatabaseSettings(Provider, connectionString, directory ?? Path.GetTempPath(), MigrateOnStartup: true);
        var builder = new DbContextOptionsBuilder<ExpertNetworkDbContext>();
        DatabaseSetup.Configure(builder, settings);
        dbOptions = builder.Options;
        await using (var db = NewDbContext())
        {
            await db.Database.MigrateAsync();
            if (Provider == DatabaseProvider.Sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        smtp = LoopbackSmtpServer.Start();
        transport = new SmtpMailTransport(new SmtpOptions { Host = smtp.Host, Port = smtp.Port, Security = SmtpSecurity.None });
        // One warm run so the first measured iteration does not pay for EF's model building and query compilation.
        await QueueMessagesAsync();
        await DispatchAllAsync();
    }

    private async Task CleanupAsync()
    {
        await smtp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (postgres is not null)
            await postgres.DisposeAsync();
        if (directory is not null)
            Directory.Delete(directory, recursive: true);
    }

    private async Task QueueMessagesAsync()
    {
        await using var db = NewDbContext();
        await db.OutboxMessages.ExecuteDeleteAsync();
        var outbox = new EmailOutbox(db, clock);
        for (var i = 0; i < Messages; i++)
        {
            outbox.Enqueue(new EmailMessage(
                $"expert{i}@experts.example",
                $"Expert {i}",
                "Your sprint starts on Monday",
                "<p>Dear expert,</p><p>Your annotation sprint <strong>Oncology rubric review</strong> starts on Monday at 09:00.</p>",
                "Dear expert,\n\nYour annotation sprint Oncology rubric review starts on Monday at 09:00.\n"));
        }
        await db.SaveChangesAsync();
    }

    /// <summary>What OutboxDispatchJob does: one dispatcher (one unit of work) per batch until a batch comes back short.</summary>
    private async Task<int> DispatchAllAsync()
    {
        var sent = 0;
        while (true)
        {
            await using var db = NewDbContext();
            var result = await new OutboxDispatcher(db, clock, transport, Options, metrics, NullLogger<OutboxDispatcher>.Instance, "benchmark")
                .DispatchDueAsync(BatchSize, CancellationToken.None);
            sent += result.Sent;
            if (result.Claimed < BatchSize)
                break;
        }
        if (sent != Messages)
            throw new InvalidOperationException($"{sent} of {Messages} messages were sent.");
        return sent;
    }

    private ExpertNetworkDbContext NewDbContext() => new(dbOptions, actor, clock);
}
