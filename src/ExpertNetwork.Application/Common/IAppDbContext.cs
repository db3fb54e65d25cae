using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Budgets;
using ExpertNetwork.Domain.Clients;
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
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ExpertNetwork.Application.Common;

/// <summary>
/// The unit of work handlers use directly (no repository layer over EF: see docs/decisions/0001).
/// Saving writes the audit trail for every changed aggregate in the same transaction.
/// </summary>
public interface IAppDbContext
{
    DbSet<Specialty> Specialties { get; }
    DbSet<Expert> Experts { get; }
    DbSet<Credential> Credentials { get; }

    /// <summary>The rows of an expert's languages, specialty links and rate lines, read-only: searches that start from them (changes go through <see cref="Expert"/>).</summary>
    IQueryable<ExpertLanguage> ExpertLanguages { get; }

    /// <inheritdoc cref="ExpertLanguages"/>
    IQueryable<ExpertSpecialty> ExpertSpecialties { get; }

    /// <inheritdoc cref="ExpertLanguages"/>
    IQueryable<ExpertRate> ExpertRates { get; }
    DbSet<NdaTemplate> NdaTemplates { get; }
    DbSet<NdaAgreement> NdaAgreements { get; }
    DbSet<ExpiryNotice> ExpiryNotices { get; }
    DbSet<ConflictDeclaration> ConflictDeclarations { get; }
    DbSet<Client> Clients { get; }
    DbSet<Project> Projects { get; }
    DbSet<StaffingRequest> StaffingRequests { get; }
    DbSet<Engagement> Engagements { get; }
    DbSet<AnnotationSprint> Sprints { get; }
    DbSet<SprintNotice> SprintNotices { get; }
    DbSet<BudgetNotice> BudgetNotices { get; }
    DbSet<TimeEntry> TimeEntries { get; }
    DbSet<Invoice> Invoices { get; }
    DbSet<PayoutStatement> PayoutStatements { get; }
    DbSet<NumberSeries> NumberSeries { get; }
    DbSet<InvoiceRun> InvoiceRuns { get; }
    DbSet<AuditEvent> AuditEvents { get; }
    DbSet<AuditChainHead> AuditChainHeads { get; }
    DbSet<ApiKey> ApiKeys { get; }
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<TemplateRevision> TemplateRevisions { get; }
    DbSet<PortalSignInLink> PortalSignInLinks { get; }
    DbSet<TaskSet> TaskSets { get; }
    DbSet<TaskItem> TaskItems { get; }
    DbSet<Assignment> Assignments { get; }
    DbSet<Judgment> Judgments { get; }
    DbSet<ItemView> ItemViews { get; }

    /// <summary>The change-tracking entry of an entity, e.g. to state which version an edit was based on.</summary>
    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    /// <summary>Transactions for use cases that must hold a lock across several statements (claiming hours, allocating a number).</summary>
    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Names an event that changes no tracked aggregate (a bulk UPDATE such as a billing claim, personal data leaving
    /// the system, a change to an Identity row); the next save chains it into the audit trail, with its actor and time,
    /// together with whatever else it commits. Recorded inside a transaction, it is dropped if that transaction ends
    /// without a save.
    /// </summary>
    void RecordAuditEvent(string action, string entityType, string entityId, object? before, object? after);
}
