using AutoMapper;
using AutoMapper.QueryableExtensions;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

/// <summary>
/// The expert list: every filter and the order are translated to SQL (no client evaluation), so one page of a large
/// registry costs two indexed queries (count and page) plus small look-ups by key for the page's specialties,
/// credential counts and rates. See docs/performance.md for the plans on 100,000 experts.
/// </summary>
public sealed class SearchExpertsHandler(IAppDbContext db, IMapper mapper, IClock clock)
{
    /// <summary>The page is found by walking the order's index when the matches are at least this many times the rows up to its end.</summary>
    public const int WalkRatio = 20;

    /// <summary>How many matches a search sorted by rate reads in order before it counts the rest separately.</summary>
    public const int RateReadAhead = 500;

    public async Task<PagedResult<ExpertListItem>> HandleAsync(ExpertSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var day = search.ValidOn ?? DateOnly.FromDateTime(clock.UtcNow);
        var experts = db.Experts.AsNoTracking();

        var text = SearchText.Fold(search.Q);
        if (text.Length > 0)
        {
            // Both sides are folded (lower case, no accents) by the same code, so the match is the same on every provider.
            experts = experts.Where(e => e.SearchName.Contains(text) || e.SearchEmail.Contains(text));
        }
        if (search.Status is { } status)
            experts = experts.Where(e => e.Status == status);
        if (!string.IsNullOrWhiteSpace(search.Country))
        {
            var country = search.Country.Trim().ToUpperInvariant();
            experts = experts.Where(e => e.CountryCode == country);
        }
        // The filters on the expert's other rows, each as the ids of the experts it admits, in the order they usually
        // narrow the list: a taxonomy branch, a credential kind, a rate ceiling, then a language most experts speak.
        var admitted = new List<IQueryable<Guid>>();
        if (search.SpecialtyId is { } specialtyId)
        {
            // The specialty or anything below it in the taxonomy: one prefix match on the materialised path.
            var path = await db.Specialties.AsNoTracking().Where(s => s.Id == specialtyId).Select(s => s.Path).SingleOrDefaultAsync(cancellationToken)
                ?? throw Refusal.NotFound("The specialty");
            admitted.Add(db.ExpertSpecialties.Where(x => x.Specialty!.Path.StartsWith(path)).Select(x => x.ExpertId));
        }
        if (search.CredentialKind is { } kind)
        {
            admitted.Add(db.Credentials.Where(c => c.Kind == kind).Where(Credential.ValidOn(day)).Select(c => c.ExpertId));
        }
        var currency = search.Currency?.Trim().ToUpperInvariant();
        if (search.MaxRate is { } maxRate && search.Activity is { } rateActivity && currency is not null)
        {
            admitted.Add(db.ExpertRates.Where(r => r.Activity == rateActivity && r.HourlyRate.Currency == currency && r.HourlyRate.Amount <= maxRate
                    && r.Effective.Start <= day && (r.Effective.End == null || r.Effective.End >= day))
                .Select(r => r.ExpertId));
        }
        if (!string.IsNullOrWhiteSpace(search.Language))
        {
            var language = search.Language.Trim().ToLowerInvariant();
            admitted.Add(db.ExpertLanguages.Where(l => l.Code == language).Select(l => l.ExpertId));
        }
        if (search.MinAvailableHours is { } minHours)
        {
            // Scaled-integer columns subtract and sum exactly in SQL; only reading a SUM back would need the converter.
            experts = experts.Where(e => e.WeeklyCapacityHours - db.Engagements
                .Where(g => g.ExpertId == e.Id && (g.Status == EngagementStatus.Accepted || g.Status == EngagementStatus.Active)
                    && g.Window.Start <= day && (g.Window.End == null || g.Window.End >= day))
                .Sum(g => g.HoursPerWeek) >= minHours);
        }

        var skip = (search.Page - 1) * search.PageSize;
        var matching = Admit(experts, admitted, startFromFirst: true);
        var (items, total) = search.Sort == ExpertSort.Rate && skip + search.PageSize <= RateReadAhead
            ? await ReadRateOrderAsync(Order(matching, search, day, currency), matching, skip, search.PageSize, cancellationToken)
            : await CountThenPageAsync(experts, admitted, search, day, currency, skip, cancellationToken);
        var page = new PagedResult<ExpertListItem>(items, search.Page, search.PageSize, total);

        await AddSpecialtiesAsync(page.Items, cancellationToken);
        await AddCredentialCountsAsync(page.Items, cancellationToken);
        if (search.Activity is { } activity)
            await AddRatesAsync(page.Items, activity, day, currency, cancellationToken);
        return page;
    }

    private async Task<(List<ExpertListItem> Items, int Total)> CountThenPageAsync(
        IQueryable<Expert> experts, IReadOnlyList<IQueryable<Guid>> admitted, ExpertSearch search, DateOnly day, string? currency, int skip,
        CancellationToken cancellationToken)
    {
        var total = await Admit(experts, admitted, startFromFirst: true).CountAsync(cancellationToken);
        if (total <= skip)
            return ([], total);
        // When the page lies within the first twentieth of many matches, walking the order's index and checking each
        // expert finds it after a few hundred rows; otherwise start from the admitted experts and sort them.
        var walk = search.Sort != ExpertSort.Rate && (long)(skip + search.PageSize) * WalkRatio <= total;
        var items = await Order(Admit(experts, admitted, startFromFirst: !walk), search, day, currency)
            .ProjectTo<ExpertListItem>(mapper.ConfigurationProvider)
            .Skip(skip).Take(search.PageSize)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>
    /// A list sorted by rate has no index to walk: every match is found and sorted whatever the page. So the ids of the
    /// first <see cref="RateReadAhead"/> are read in order in one statement; only when there are more is a separate
    /// count needed. The page's own rows are then read by key.
    /// </summary>
    private async Task<(List<ExpertListItem> Items, int Total)> ReadRateOrderAsync(
        IQueryable<Expert> ordered, IQueryable<Expert> matching, int skip, int pageSize, CancellationToken cancellationToken)
    {
        var ids = await ordered.Select(e => e.Id).Take(RateReadAhead + 1).ToListAsync(cancellationToken);
        var total = ids.Count <= RateReadAhead ? ids.Count : await matching.CountAsync(cancellationToken);
        var pageIds = ids.Skip(skip).Take(pageSize).ToList();
        if (pageIds.Count == 0)
            return ([], total);
        var rows = await db.Experts.AsNoTracking().Where(e => pageIds.Contains(e.Id))
            .ProjectTo<ExpertListItem>(mapper.ConfigurationProvider)
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        return (pageIds.Select(id => rows[id]).ToList(), total);
    }

    /// <summary>
    /// Applies the filters on the expert's other rows. Starting from the first one writes it as <c>Id IN (ids)</c>, so
    /// the database reads only the experts it admits; every other filter is an <c>EXISTS</c> probe by expert id for
    /// each expert read. SQLite drives a query from its first IN and builds every further IN list in full, hence one
    /// IN at most; PostgreSQL plans either form as the same semi-join. Both forms admit exactly the same experts.
    /// </summary>
    private static IQueryable<Expert> Admit(IQueryable<Expert> experts, IReadOnlyList<IQueryable<Guid>> admitted, bool startFromFirst)
    {
        for (var i = 0; i < admitted.Count; i++)
        {
            var ids = admitted[i];
            experts = i == 0 && startFromFirst ? experts.Where(e => ids.Contains(e.Id)) : experts.Where(e => ids.Any(id => id == e.Id));
        }
        return experts;
    }

    private static IQueryable<Expert> Order(IQueryable<Expert> experts, ExpertSearch search, DateOnly day, string? currency)
    {
        var descending = search.SortsDescending();
        switch (search.Sort)
        {
            case ExpertSort.Country:
                return (descending ? experts.OrderByDescending(e => e.CountryCode) : experts.OrderBy(e => e.CountryCode))
                    .ThenBy(e => e.FullName).ThenBy(e => e.Id);
            case ExpertSort.Experience:
                return (descending ? experts.OrderByDescending(e => e.YearsOfExperience) : experts.OrderBy(e => e.YearsOfExperience))
                    .ThenBy(e => e.FullName).ThenBy(e => e.Id);
            case ExpertSort.Newest:
                return descending ? experts.OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id) : experts.OrderBy(e => e.CreatedUtc).ThenBy(e => e.Id);
            case ExpertSort.Rate when search.Activity is { } activity:
                // Experts without a rate for the activity (in the currency, on the day) come last either way.
                var rated = experts.Select(e => new
                {
                    Expert = e,
                    Rate = e.Rates.Where(r => r.Activity == activity && (currency == null || r.HourlyRate.Currency == currency)
                            && r.Effective.Start <= day && (r.Effective.End == null || r.Effective.End >= day))
                        .Select(r => (decimal?)r.HourlyRate.Amount).FirstOrDefault(),
                });
                var byRate = rated.OrderBy(x => x.Rate == null);
                byRate = descending ? byRate.ThenByDescending(x => x.Rate) : byRate.ThenBy(x => x.Rate);
                return byRate.ThenBy(x => x.Expert.FullName).ThenBy(x => x.Expert.Id).Select(x => x.Expert);
            default:
                return descending ? experts.OrderByDescending(e => e.FullName).ThenByDescending(e => e.Id) : experts.OrderBy(e => e.FullName).ThenBy(e => e.Id);
        }
    }

    private async Task AddSpecialtiesAsync(IReadOnlyList<ExpertListItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var names = await db.Experts.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .SelectMany(e => e.Specialties)
            .Select(x => new { x.ExpertId, x.Specialty!.Name })
            .ToListAsync(cancellationToken);
        foreach (var item in items)
            item.Specialties = names.Where(n => n.ExpertId == item.Id).Select(n => n.Name).Order(StringComparer.Ordinal).ToList();
    }

    private async Task AddCredentialCountsAsync(IReadOnlyList<ExpertListItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var counts = await db.Credentials.AsNoTracking()
            .Where(c => ids.Contains(c.ExpertId) && (c.Status == VerificationStatus.Verified || c.Status == VerificationStatus.Pending))
            .GroupBy(c => new { c.ExpertId, c.Status })
            .Select(g => new { g.Key.ExpertId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            item.VerifiedCredentials = counts.Where(c => c.ExpertId == item.Id && c.Status == VerificationStatus.Verified).Sum(c => c.Count);
            item.PendingCredentials = counts.Where(c => c.ExpertId == item.Id && c.Status == VerificationStatus.Pending).Sum(c => c.Count);
        }
    }

    private async Task AddRatesAsync(IReadOnlyList<ExpertListItem> items, Activity activity, DateOnly day, string? currency, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var rates = await db.Experts.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .SelectMany(e => e.Rates)
            .Where(r => r.Activity == activity && (currency == null || r.HourlyRate.Currency == currency)
                && r.Effective.Start <= day && (r.Effective.End == null || r.Effective.End >= day))
            .Select(r => new { r.ExpertId, r.HourlyRate })
            .ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            var rate = rates.FirstOrDefault(r => r.ExpertId == item.Id)?.HourlyRate;
            item.RateAmount = rate?.Amount;
            item.RateCurrency = rate?.Currency;
        }
    }
}
