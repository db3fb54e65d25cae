using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Compliance;

/// <summary>The outcome of publishing: the new version's id, or the problems with the text (nothing saved).</summary>
public sealed record PublishNdaResult(Guid? Id, IReadOnlyList<string> Errors)
{
    public bool Published => Id is not null;
}

/// <summary>
/// Publishes NDA texts. A new version of an existing NDA retires the current one in the same unit of work, so
/// exactly one version of each NDA can be sent; agreements keep pointing at the version they were sent with.
/// </summary>
public sealed class PublishNdaTemplateHandler(IAppDbContext db, INdaDocuments documents, IClock clock)
{
    public async Task<PublishNdaResult> PublishNewAsync(string? name, NdaScope scope, Guid? clientId, string? body, int validityMonths, CancellationToken cancellationToken)
    {
        var errors = documents.Validate(body ?? string.Empty);
        if (errors.Count > 0)
            return new PublishNdaResult(null, errors);
        var trimmed = name?.Trim() ?? string.Empty;
        if (await db.NdaTemplates.AnyAsync(t => t.Name == trimmed, cancellationToken))
            throw Refusal.Conflict("An NDA with this name exists already; publish a new version of it instead.");
        if (scope == NdaScope.Client && (clientId is null || !await db.Clients.AnyAsync(c => c.Id == clientId, cancellationToken)))
            throw Refusal.Invalid("Choose the client this NDA belongs to.", "ClientId");
        var template = NdaTemplate.Publish(trimmed, scope, scope == NdaScope.Client ? clientId : null, body!, validityMonths, clock.UtcNow);
        db.NdaTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return new PublishNdaResult(template.Id, []);
    }

    public async Task<PublishNdaResult> ReviseAsync(Guid currentId, int version, string? body, int validityMonths, CancellationToken cancellationToken)
    {
        var current = await db.NdaTemplates.SingleOrDefaultAsync(t => t.Id == currentId, cancellationToken)
            ?? throw Refusal.NotFound("The NDA version");
        if (current.Version != version)
            throw new DbUpdateConcurrencyException("The NDA version was changed by someone else.");
        var errors = documents.Validate(body ?? string.Empty);
        if (errors.Count > 0)
            return new PublishNdaResult(null, errors);
        var now = clock.UtcNow;
        var next = current.Revise(body!, validityMonths, now);
        if (next.BodySha256 == current.BodySha256 && next.ValidityMonths == current.ValidityMonths)
            throw Refusal.Invalid("The text and validity are the same as the current version; change something to publish a new version.");
        current.Retire(now);
        db.NdaTemplates.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return new PublishNdaResult(next.Id, []);
    }
}
