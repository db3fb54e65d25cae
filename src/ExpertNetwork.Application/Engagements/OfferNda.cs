using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Application.Engagements;

/// <summary>Where the expert stands with the NDA the project requires.</summary>
public enum OfferNdaState
{
    /// <summary>An NDA covering the client is signed and in force on the first day of the window.</summary>
    InForce,

    /// <summary>An NDA is waiting for the expert's signature: the offer page shows it and accepting signs it.</summary>
    ToSign,

    /// <summary>None is in force or waiting, but a current version exists: the page prepares one for the expert to sign.</summary>
    ToPrepare,

    /// <summary>None is in force and no current version of the required NDA is published: acceptance waits for compliance.</summary>
    Unavailable,
}

/// <summary>The NDA requirement of an offer: the project's required scope (client-specific when the client asks for its own).</summary>
internal sealed record OfferNda(OfferNdaState State, NdaScope Scope, NdaAgreement? Agreement, NdaTemplate? Template)
{
    public static async Task<OfferNda> ForAsync(IAppDbContext db, Guid expertId, Project project, DateOnly windowStart, DateTime nowUtc, bool tracked, CancellationToken cancellationToken)
    {
        var scope = project.RequiredNdaScope;
        var clientId = project.ClientId;
        var agreements = tracked ? db.NdaAgreements : db.NdaAgreements.AsNoTracking();
        var own = await agreements
            .Where(n => n.ExpertId == expertId && (n.Status == NdaStatus.Signed || n.Status == NdaStatus.Sent)
                && (n.Scope == NdaScope.Master || n.ClientId == clientId))
            .ToListAsync(cancellationToken);
        // The same rule as ExpertEligibility.Check: a master NDA covers every client unless the client requires its own.
        if (own.Any(n => n.Covers(clientId) && (scope == NdaScope.Master || n.Scope == NdaScope.Client) && n.IsInForceOn(windowStart)))
            return new OfferNda(OfferNdaState.InForce, scope, null, null);
        var waiting = own
            .Where(n => n.Scope == scope && (scope == NdaScope.Master || n.ClientId == clientId) && n.LinkStateAt(nowUtc) == NdaLinkState.Signable)
            .OrderByDescending(n => n.SentUtc)
            .FirstOrDefault();
        if (waiting is not null)
        {
            var template = await db.NdaTemplates.AsNoTracking().SingleAsync(t => t.Id == waiting.NdaTemplateId, cancellationToken);
            return new OfferNda(OfferNdaState.ToSign, scope, waiting, template);
        }
        var current = await CurrentTemplateAsync(db, scope, clientId, cancellationToken);
        return current is null
            ? new OfferNda(OfferNdaState.Unavailable, scope, null, null)
            : new OfferNda(OfferNdaState.ToPrepare, scope, null, current);
    }

    public static async Task<NdaTemplate?> CurrentTemplateAsync(IAppDbContext db, NdaScope scope, Guid clientId, CancellationToken cancellationToken)
    {
        var candidates = await db.NdaTemplates.AsNoTracking()
            .Where(t => t.RetiredUtc == null && t.Scope == scope && (scope == NdaScope.Master || t.ClientId == clientId))
            .ToListAsync(cancellationToken);
        return candidates.OrderByDescending(t => t.VersionNumber).ThenByDescending(t => t.CreatedUtc).FirstOrDefault();
    }

    public static string Describe(NdaScope scope) => scope == NdaScope.Client ? "the client's NDA" : "the master NDA";
}
