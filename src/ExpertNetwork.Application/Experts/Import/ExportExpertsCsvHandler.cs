using System.Globalization;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts.Import;

/// <summary>The experts the filters find, written as CSV to the output.</summary>
public sealed record ExportExpertsCsvQuery(ExpertSearch Filters, TextWriter Output);

/// <summary>
/// Writes every expert the list's filters match (all pages, in list order) as CSV in the import's columns, so an
/// export imports back unchanged. The filtering is the list's own handler, page by page, so the export always
/// matches what the list shows; only one page of experts is held in memory at a time.
/// </summary>
public sealed class ExportExpertsCsvHandler(SearchExpertsHandler search, IAppDbContext db)
{
    public async Task HandleAsync(ExportExpertsCsvQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = query.Filters;
        var output = query.Output;
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(output);
        filters.PageSize = Paging.MaxPageSize;
        for (var page = 1; ; page++)
        {
            filters.Page = page;
            var result = await search.HandleAsync(filters, cancellationToken);
            // Written only once the filters have been accepted, so a refused filter can still get an error page.
            if (page == 1)
            {
                // The list is personal data of many experts: the export, its filters and its size are on record
                // before the first row leaves.
                db.RecordAuditEvent("ExpertsExported", "ExpertList", "csv", null, new
                {
                    filters = new { filters.Q, filters.SpecialtyId, filters.Status, filters.Country, filters.Language, filters.CredentialKind, filters.ValidOn, filters.Activity, filters.MaxRate, filters.Currency, filters.MinAvailableHours },
                    experts = result.TotalCount,
                });
                await db.SaveChangesAsync(cancellationToken);
                await output.WriteAsync(CsvWriter.Line(ExpertCsvColumns.All));
            }
            var ids = result.Items.Select(i => i.Id).ToList();
            var experts = await db.Experts.AsNoTracking()
                .Include(e => e.Languages).Include(e => e.Employers).Include(e => e.Specialties).ThenInclude(s => s.Specialty)
                .Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
            var credentials = (await db.Credentials.AsNoTracking().Where(c => ids.Contains(c.ExpertId)).ToListAsync(cancellationToken))
                .OrderBy(c => c.Kind).ThenBy(c => c.IssuedOn).ThenBy(c => c.Number, StringComparer.Ordinal)
                .ToLookup(c => c.ExpertId);
            foreach (var id in ids)
            {
                if (experts.TryGetValue(id, out var expert))
                    await WriteExpertAsync(output, expert, credentials[id].ToList());
            }
            await output.FlushAsync(cancellationToken);
            if (!result.HasNext)
                break;
        }
    }

    private static async Task WriteExpertAsync(TextWriter output, Expert expert, List<Credential> credentials)
    {
        string[] profile =
        [
            expert.Email, expert.FullName, expert.Phone ?? string.Empty, expert.CountryCode, expert.TimeZoneId,
            string.Join(ExpertCsvColumns.ListSeparator, expert.Languages.Select(l => l.Code).Order(StringComparer.Ordinal)),
            string.Join(ExpertCsvColumns.ListSeparator, expert.Specialties.Select(s => s.Specialty!.Path.Trim('/')).Order(StringComparer.Ordinal)),
            expert.YearsOfExperience.ToString(CultureInfo.InvariantCulture),
            expert.WeeklyCapacityHours.ToString("0.##", CultureInfo.InvariantCulture),
            expert.Headline ?? string.Empty, expert.Notes ?? string.Empty,
            string.Join(ExpertCsvColumns.ListSeparator, expert.Employers.Select(x => x.Name).Order(StringComparer.Ordinal)),
        ];
        if (credentials.Count == 0)
        {
            await output.WriteAsync(CsvWriter.Line([.. profile, "", "", "", "", "", ""]));
            return;
        }
        foreach (var c in credentials)
        {
            await output.WriteAsync(CsvWriter.Line([.. profile, c.Kind.ToString(), c.Issuer, c.Number, c.Jurisdiction,
                c.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.ExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty]));
        }
    }
}
