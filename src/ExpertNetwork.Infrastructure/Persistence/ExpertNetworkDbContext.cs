using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Budgets;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Messaging;
using ExpertNetwork.Domain.Portal;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Templates;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Domain.Workspace;
using ExpertNetwork.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ExpertNetwork.Infrastructure.Persistence;

public sealed class ExpertNetworkDbContext(DbContextOptions<ExpertNetworkDbContext> options, ICurrentActor actor, IClock clock)
    : IdentityDbContext<StaffUser>(options), IAppDbContext, IDataProtectionKeyContext
{
    public DbSet<Specialty> Specialties => Set<Specialty>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<Credential> Credentials => Set<Credential>();
    public IQueryable<ExpertLanguage> ExpertLanguages => Set<ExpertLanguage>().AsNoTracking();
    public IQueryable<ExpertSpecialty> ExpertSpecialties => Set<ExpertSpecialty>().AsNoTracking();
    public IQueryable<ExpertRate> ExpertRates => Set<ExpertRate>().AsNoTracking();
    public DbSet<NdaTemplate> NdaTemplates => Set<NdaTemplate>();
    public DbSet<NdaAgreement> NdaAgreements => Set<NdaAgreement>();
    public DbSet<ExpiryNotice> ExpiryNotices => Set<ExpiryNotice>();
    public DbSet<ConflictDeclaration> ConflictDeclarations => Set<ConflictDeclaration>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<StaffingRequest> StaffingRequests => Set<StaffingRequest>();
    public DbSet<Engagement> Engagements => Set<Engagement>();
    public DbSet<AnnotationSprint> Sprints => Set<AnnotationSprint>();
    public DbSet<SprintNotice> SprintNotices => Set<SprintNotice>();
    public DbSet<BudgetNotice> BudgetNotices => Set<BudgetNotice>();
    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<PayoutStatement> PayoutStatements => Set<PayoutStatement>();
    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();
    public DbSet<InvoiceRun> InvoiceRuns => Set<InvoiceRun>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<TemplateRevision> TemplateRevisions => Set<TemplateRevision>();
    public DbSet<PortalSignInLink> PortalSignInLinks => Set<PortalSignInLink>();
    public DbSet<TaskSet> TaskSets => Set<TaskSet>();
    public DbSet<TaskItem> TaskItems => Set<TaskItem>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Judgment> Judgments => Set<Judgment>();
    public DbSet<ItemView> ItemViews => Set<ItemView>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    private readonly List<(IDbContextTransaction? Transaction, AuditTrailWriter.PendingEvent Event)> _recorded = [];

    /// <summary>
    /// Names an event that is not a change of a tracked aggregate: a staff user's Identity rows, a bulk UPDATE (billing
    /// claims), personal data leaving the system. The next save chains it into the audit trail with everything else it
    /// commits. Recorded inside a transaction, it belongs to that transaction: if the transaction ends without a save,
    /// the event is dropped with what it described.
    /// </summary>
    public void RecordAuditEvent(string action, string entityType, string entityId, object? before, object? after) =>
        _recorded.Add((Database.CurrentTransaction, AuditTrailWriter.Explicit(action, entityType, entityId, before, after)));

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Saves the changes and their audit events atomically: both commit or neither does.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = AuditTrailWriter.Collect(ChangeTracker);
        // Events of a transaction that ended without a save were rolled back with it.
        pending.AddRange(_recorded.Where(r => r.Transaction is null || ReferenceEquals(r.Transaction, Database.CurrentTransaction)).Select(r => r.Event));
        _recorded.Clear();
        if (pending.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        if (Database.CurrentTransaction is not null)
        {
            await AuditTrailWriter.AppendAsync(this, pending, actor, clock.UtcNow, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await AuditTrailWriter.AppendAsync(this, pending, actor, clock.UtcNow, cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    internal Task<int> SaveChangesWithoutAuditAsync(CancellationToken cancellationToken) =>
        base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HaveConversion<ScaledDecimalConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        foreach (var enumType in typeof(AggregateRoot).Assembly.GetTypes().Where(t => t.IsEnum))
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ExpertNetworkDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // Name and email search is a substring match; trigram indexes serve it on PostgreSQL. SQLite and SQL
            // Server scan the narrow folded columns instead (see docs/performance.md).
            builder.HasPostgresExtension("pg_trgm");
            builder.Entity<Expert>().HasIndex(e => e.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
            builder.Entity<Expert>().HasIndex(e => e.SearchEmail).HasMethod("gin").HasOperators("gin_trgm_ops");
        }

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
        {
            var entity = builder.Entity(entityType.ClrType);
            entity.Ignore(nameof(AggregateRoot.PendingActions));
            entity.Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
        }
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
            builder.Entity(entityType.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
    }
}
