using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Application.Compliance;

/// <summary>A new NDA, published as its version 1.</summary>
public sealed record PublishNdaTemplateCommand(string? Name, NdaScope Scope, Guid? ClientId, string? Body, int ValidityMonths);

/// <summary>
/// Publishes a new NDA text as version 1 of its name; a name is used once, and a client NDA belongs to an existing client.
/// </summary>
public sealed class PublishNdaTemplateHandler(IAppDbContext db, INdaDocuments documents, IClock clock)
{
    /// <returns>The new version's id.</returns>
    /// <exception cref="Refusal">The text has problems (one sentence each, on <c>Body</c>), the name is taken, or the client is missing.</exception>
    public async Task<Guid> HandleAsync(PublishNdaTemplateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        NdaText.Check(documents, command.Body);
        var name = command.Name?.Trim() ?? string.Empty;
        if (await db.NdaTemplates.AnyAsync(t => t.Name == name, cancellationToken))
            throw Refusal.Conflict("An NDA with this name exists already; publish a new version of it instead.");
        var scope = command.Scope;
        var clientId = command.ClientId;
        if (scope == NdaScope.Client && (clientId is null || !await db.Clients.AnyAsync(c => c.Id == clientId, cancellationToken)))
            throw Refusal.Invalid("Choose the client this NDA belongs to.", nameof(command.ClientId));
        var template = NdaTemplate.Publish(name, scope, scope == NdaScope.Client ? clientId : null, command.Body!, command.ValidityMonths, clock.UtcNow);
        db.NdaTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return template.Id;
    }
}

internal static class NdaText
{
    /// <summary>Refuses a text the NDA documents cannot render, with every problem (by line) on the <c>Body</c> field.</summary>
    public static void Check(INdaDocuments documents, string? body)
    {
        var errors = documents.Validate(body ?? string.Empty);
        if (errors.Count > 0)
            throw Refusal.Invalid(errors.Select(e => new RefusedField("Body", e)).ToList());
    }
}
