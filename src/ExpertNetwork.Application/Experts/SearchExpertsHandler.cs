using AutoMapper;
using AutoMapper.QueryableExtensions;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Experts;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Experts;

public sealed class SearchExpertsHandler(IAppDbContext db, IMapper mapper)
{
    public async Task<PagedResult<ExpertListItem>> HandleAsync(ExpertSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var experts = db.Experts.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var text = search.Q.Trim();
            var lowered = text.ToLowerInvariant();
            // Names match in any letter case on every provider (SQLite's and PostgreSQL's Contains is case-sensitive);
            // SQL lower() may fold only ASCII letters, so the name as typed is tried too.
            experts = experts.Where(e => e.FullName.Contains(text) || e.FullName.ToLower().Contains(lowered) || e.Email.Contains(lowered));
        }
        if (search.Status is { } status)
            experts = experts.Where(e => e.Status == status);
        if (!string.IsNullOrWhiteSpace(search.Country))
        {
            var country = search.Country.Trim().ToUpperInvariant();
            experts = experts.Where(e => e.CountryCode == country);
        }
        if (!string.IsNullOrWhiteSpace(search.Language))
        {
            var language = search.Language.Trim().ToLowerInvariant();
            experts = experts.Where(e => e.Languages.Any(l => l.Code == language));
        }
        if (search.SpecialtyId is { } specialtyId)
        {
            // The specialty or anything below it in the taxonomy: one prefix match on the materialised path.
            var path = await db.Specialties.AsNoTracking().Where(s => s.Id == specialtyId).Select(s => s.Path).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("The specialty");
            var subtree = db.Specialties.Where(s => s.Path.StartsWith(path)).Select(s => s.Id);
            experts = experts.Where(e => e.Specialties.Any(x => subtree.Contains(x.SpecialtyId)));
        }

        var page = await experts
            .OrderBy(e => e.FullName).ThenBy(e => e.Id)
            .ProjectTo<ExpertListItem>(mapper.ConfigurationProvider)
            .ToPageAsync(search.Page, search.PageSize, cancellationToken);

        var ids = page.Items.Select(i => i.Id).ToList();
        var counts = await db.Credentials.AsNoTracking()
            .Where(c => ids.Contains(c.ExpertId) && (c.Status == VerificationStatus.Verified || c.Status == VerificationStatus.Pending))
            .GroupBy(c => new { c.ExpertId, c.Status })
            .Select(g => new { g.Key.ExpertId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var item in page.Items)
        {
            item.VerifiedCredentials = counts.Where(c => c.ExpertId == item.Id && c.Status == VerificationStatus.Verified).Sum(c => c.Count);
            item.PendingCredentials = counts.Where(c => c.ExpertId == item.Id && c.Status == VerificationStatus.Pending).Sum(c => c.Count);
        }
        return page;
    }
}
