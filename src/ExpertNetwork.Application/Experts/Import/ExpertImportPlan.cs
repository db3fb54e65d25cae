using System.Globalization;
using ExpertNetwork.Domain.Experts;
using Col = ExpertNetwork.Application.Experts.Import.ExpertCsvColumns;

namespace ExpertNetwork.Application.Experts.Import;

/// <summary>
/// What importing a CSV table would do, worked out with the domain's own verbs so every rule and every message is
/// the one the rest of the product uses: each cell is tried on its own against the domain (to name the column that
/// breaks a rule), then the whole row. The same plan serves the preview (nothing saved) and the import (the changes
/// applied to tracked experts in one unit of work). Experts are matched by email in any letter case; a row that says
/// what the registry already holds changes nothing, so re-importing a file writes nothing at all.
/// </summary>
public sealed class ExpertImportPlan
{
    private const int ChunkSize = 500;
    private const string ProbeName = "Probe";
    private const string ProbeEmail = "probe@example.org";
    private const string ProbeCountry = "DE";
    private const string ProbeZone = "Europe/Berlin";
    private static readonly DateOnly ProbeDate = new(2000, 1, 1);

    private readonly List<ImportRowOutcome> _rows = [];
    private readonly List<Expert> _newExperts = [];
    private readonly Dictionary<Guid, List<Action<Expert>>> _updates = [];
    private readonly List<Credential> _newCredentials = [];
    private readonly DateTime _nowUtc;

    private ExpertImportPlan(DateTime nowUtc) => _nowUtc = nowUtc;

    public ExpertImportReport Report => new(_rows.OrderBy(r => r.Row).ToList());

    /// <summary>Reads the header and plans every row. Throws <see cref="CsvFormatException"/> when the header is unusable.</summary>
    public static async Task<ExpertImportPlan> BuildAsync(CsvTable table, IAppDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(db);
        var plan = new ExpertImportPlan(nowUtc);
        var columns = MapHeader(table.Header);
        var sheet = new Sheet(columns, table.Header.Count);

        var groups = new Dictionary<string, List<CsvRecord>>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var problems = new List<ImportProblem>();
            if (record.Fields.Count != table.Header.Count)
            {
                problems.Add(new ImportProblem(record.Row, null,
                    $"This row has {record.Fields.Count} values but the header has {table.Header.Count} columns. Check for an unquoted comma or semicolon inside a value."));
            }
            var email = Probe(problems, record.Row, Col.Email, () => Emails.Normalize(sheet.Cell(record, Col.Email)));
            if (problems.Count > 0 || email is null)
            {
                plan._rows.Add(new ImportRowOutcome(record.Row, sheet.Cell(record, Col.Email) ?? string.Empty, sheet.Cell(record, Col.FullName), ImportRowStatus.Rejected, [], problems));
                continue;
            }
            if (!groups.TryGetValue(email, out var group))
                groups[email] = group = [];
            group.Add(record);
        }

        var existing = await LoadExpertsAsync(db, groups.Keys.ToList(), cancellationToken);
        var credentials = await LoadCredentialsAsync(db, existing.Values.Select(e => e.Id).ToList(), cancellationToken);
        var taxonomy = await db.Specialties.AsNoTracking().Select(s => new TaxonomyNode(s.Id, s.Slug, s.Path)).ToListAsync(cancellationToken);

        foreach (var (email, records) in groups)
        {
            existing.TryGetValue(email, out var expert);
            plan.PlanExpert(sheet, email, records, expert, expert is null ? [] : credentials[expert.Id].ToList(), taxonomy);
        }
        return plan;
    }

    /// <summary>Applies the planned changes to tracked entities; the caller saves once.</summary>
    public async Task ApplyAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Experts.AddRange(_newExperts);
        foreach (var chunk in _updates.Keys.Chunk(ChunkSize))
        {
            var tracked = await db.Experts.Include(e => e.Languages).Include(e => e.Specialties).Include(e => e.Employers)
                .Where(e => chunk.Contains(e.Id)).ToListAsync(cancellationToken);
            foreach (var expert in tracked)
            {
                foreach (var change in _updates[expert.Id])
                    change(expert);
            }
        }
        db.Credentials.AddRange(_newCredentials);
    }

    private void PlanExpert(Sheet sheet, string email, List<CsvRecord> records, Expert? existing, List<Credential> recorded, IReadOnlyList<TaxonomyNode> taxonomy)
    {
        var first = records[0];
        var problems = new List<ImportProblem>();
        var changes = new List<string>();
        var profile = ReadProfile(sheet, first, existing, taxonomy, problems);

        Expert? created = null;
        var actions = new List<Action<Expert>>();
        if (problems.Count == 0)
        {
            try
            {
                if (existing is null)
                {
                    created = profile.Register(email, _nowUtc);
                    changes.Add("new expert");
                }
                else
                {
                    actions.AddRange(profile.ChangesTo(existing, email, _nowUtc, changes));
                    // Tried on the untracked copy, so a refusal (an archived expert, say) is found now, not while saving.
                    foreach (var action in actions)
                        action(existing);
                }
            }
            catch (Refusal e) when (e.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                problems.Add(new ImportProblem(first.Row, null, e.Message));
            }
        }

        var expertId = created?.Id ?? existing?.Id ?? Guid.Empty;
        var firstAccepted = problems.Count == 0;
        var planned = new List<Credential>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var rowProblems = i == 0 ? problems : [];
            var rowChanges = i == 0 ? changes : [];
            if (i > 0)
            {
                CheckRepeatedProfile(sheet, first, record, rowProblems);
                if (!firstAccepted)
                    rowProblems.Add(new ImportProblem(record.Row, Col.Email, $"Not imported because row {first.Row}, the first row for {email}, has problems."));
            }
            var credential = ReadCredential(sheet, record, expertId, rowProblems);
            if (credential is not null && rowProblems.Count == 0)
            {
                var same = recorded.Concat(planned).FirstOrDefault(c => c.Kind == credential.Kind
                    && string.Equals(c.Number, credential.Number, StringComparison.OrdinalIgnoreCase));
                if (same is null)
                {
                    planned.Add(credential);
                    rowChanges.Add($"adds {ExpertEligibility.Describe(credential.Kind).ToLowerInvariant()} {credential.Number}");
                }
                else if (same.Issuer != credential.Issuer || same.Jurisdiction != credential.Jurisdiction
                    || same.IssuedOn != credential.IssuedOn || same.ExpiresOn != credential.ExpiresOn)
                {
                    rowProblems.Add(new ImportProblem(record.Row, Col.CredentialNumber,
                        $"{ExpertEligibility.Describe(same.Kind)} {same.Number} is already recorded with other details (issued {same.IssuedOn:yyyy-MM-dd} by {same.Issuer}, {same.Jurisdiction}, " +
                        $"expires {(same.ExpiresOn is { } e ? e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never")}). The import does not change recorded credentials."));
                }
            }

            var status = rowProblems.Count > 0 ? ImportRowStatus.Rejected
                : rowChanges.Count == 0 ? ImportRowStatus.Unchanged
                : created is not null ? ImportRowStatus.Create
                : ImportRowStatus.Update;
            if (status == ImportRowStatus.Rejected && i == 0)
                firstAccepted = false;
            _rows.Add(new ImportRowOutcome(record.Row, email, profile.FullName.Length > 0 ? profile.FullName : existing?.FullName, status, rowChanges, rowProblems));
        }

        if (!firstAccepted)
            return;
        if (created is not null)
            _newExperts.Add(created);
        else if (actions.Count > 0)
            _updates[existing!.Id] = actions;
        _newCredentials.AddRange(planned);
    }

    private Profile ReadProfile(Sheet sheet, CsvRecord row, Expert? existing, IReadOnlyList<TaxonomyNode> taxonomy, List<ImportProblem> problems)
    {
        var r = row.Row;
        var p = new Profile
        {
            FullName = Required(sheet.Cell(row, Col.FullName), existing?.FullName),
            Phone = Optional(sheet.Cell(row, Col.Phone), existing?.Phone),
            CountryCode = Required(sheet.Cell(row, Col.Country), existing?.CountryCode),
            TimeZoneId = Required(sheet.Cell(row, Col.TimeZone), existing?.TimeZoneId),
            Headline = Optional(sheet.Cell(row, Col.Headline), existing?.Headline),
            Notes = Optional(sheet.Cell(row, Col.Notes), existing?.Notes),
        };

        var years = sheet.Cell(row, Col.YearsExperience);
        if (!string.IsNullOrEmpty(years))
        {
            if (int.TryParse(years, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                p.YearsOfExperience = value;
            else
                problems.Add(new ImportProblem(r, Col.YearsExperience, $"'{years}' is not a whole number of years."));
        }
        else if (existing is not null)
            p.YearsOfExperience = existing.YearsOfExperience;
        else
            problems.Add(new ImportProblem(r, Col.YearsExperience, "Years of experience is required for a new expert."));

        var capacity = sheet.Cell(row, Col.WeeklyCapacityHours);
        if (!string.IsNullOrEmpty(capacity))
        {
            // Spreadsheets in many locales write a decimal comma; a value has no thousands, so a comma can only be that.
            var normalized = capacity.Contains('.', StringComparison.Ordinal) ? capacity : capacity.Replace(',', '.');
            if (decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                p.WeeklyCapacityHours = value;
            else
                problems.Add(new ImportProblem(r, Col.WeeklyCapacityHours, $"'{capacity}' is not a number of hours (for example 20 or 12.5)."));
        }
        else if (existing is not null)
            p.WeeklyCapacityHours = existing.WeeklyCapacityHours;
        else
            problems.Add(new ImportProblem(r, Col.WeeklyCapacityHours, "Weekly capacity is required for a new expert."));

        var languages = sheet.Cell(row, Col.Languages);
        p.Languages = languages is null ? existing?.Languages.Select(l => l.Code).ToList() ?? [] : SplitList(languages);

        // A blank cell keeps the recorded employers; names are split on semicolons only, since company names hold commas.
        var employers = sheet.Cell(row, Col.Employers);
        p.Employers = string.IsNullOrEmpty(employers)
            ? existing?.Employers.Select(x => x.Name).ToList() ?? []
            : employers.Split(Col.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

        var specialties = sheet.Cell(row, Col.Specialties);
        if (string.IsNullOrEmpty(specialties))
        {
            p.SpecialtyIds = existing?.Specialties.Select(s => s.SpecialtyId).ToList() ?? [];
        }
        else
        {
            var ids = new List<Guid>();
            foreach (var token in SplitList(specialties))
            {
                if (ResolveSpecialty(token, taxonomy, out var message) is { } id)
                    ids.Add(id);
                else
                    problems.Add(new ImportProblem(r, Col.Specialties, message!));
            }
            p.SpecialtyIds = ids;
        }

        // Each value on its own against the domain, with harmless values for the rest, so a message names its column.
        Probe(problems, r, Col.FullName, () => Expert.Register(p.FullName, ProbeEmail, ProbeCountry, ProbeZone, 0, 0, _nowUtc));
        Probe(problems, r, Col.Country, () => Expert.Register(ProbeName, ProbeEmail, p.CountryCode, ProbeZone, 0, 0, _nowUtc));
        Probe(problems, r, Col.TimeZone, () => Expert.Register(ProbeName, ProbeEmail, ProbeCountry, p.TimeZoneId, 0, 0, _nowUtc));
        Probe(problems, r, Col.YearsExperience, () => Expert.Register(ProbeName, ProbeEmail, ProbeCountry, ProbeZone, p.YearsOfExperience, 0, _nowUtc));
        Probe(problems, r, Col.WeeklyCapacityHours, () => Expert.Register(ProbeName, ProbeEmail, ProbeCountry, ProbeZone, 0, p.WeeklyCapacityHours, _nowUtc));
        Probe(problems, r, Col.Phone, () => ProbeExpert().UpdateProfile(ProbeName, ProbeEmail, p.Phone, ProbeCountry, ProbeZone, 0, null, null));
        Probe(problems, r, Col.Headline, () => ProbeExpert().UpdateProfile(ProbeName, ProbeEmail, null, ProbeCountry, ProbeZone, 0, p.Headline, null));
        Probe(problems, r, Col.Notes, () => ProbeExpert().UpdateProfile(ProbeName, ProbeEmail, null, ProbeCountry, ProbeZone, 0, null, p.Notes));
        Probe(problems, r, Col.Languages, () => ProbeExpert().SetLanguages(p.Languages));
        Probe(problems, r, Col.Employers, () => ProbeExpert().SetEmployers(p.Employers));
        if (problems.All(x => x.Column != Col.Specialties))
            Probe(problems, r, Col.Specialties, () => ProbeExpert().SetSpecialties(p.SpecialtyIds));
        return p;
    }

    private Expert ProbeExpert() => Expert.Register(ProbeName, ProbeEmail, ProbeCountry, ProbeZone, 0, 0, _nowUtc);

    private Credential? ReadCredential(Sheet sheet, CsvRecord row, Guid expertId, List<ImportProblem> problems)
    {
        var r = row.Row;
        var kindText = sheet.Cell(row, Col.CredentialKind);
        var issuer = sheet.Cell(row, Col.CredentialIssuer);
        var number = sheet.Cell(row, Col.CredentialNumber);
        var jurisdiction = sheet.Cell(row, Col.CredentialJurisdiction);
        var issuedText = sheet.Cell(row, Col.CredentialIssuedOn);
        var expiresText = sheet.Cell(row, Col.CredentialExpiresOn);
        if (new[] { kindText, issuer, number, jurisdiction, issuedText, expiresText }.All(string.IsNullOrEmpty))
            return null;

        var before = problems.Count;
        Domain.Experts.CredentialKind? kind = null;
        if (string.IsNullOrEmpty(kindText))
            problems.Add(new ImportProblem(r, Col.CredentialKind, $"A credential needs a kind: one of {string.Join(", ", Enum.GetNames<Domain.Experts.CredentialKind>())}."));
        else if ((kind = ParseKind(kindText)) is null)
            problems.Add(new ImportProblem(r, Col.CredentialKind, $"'{kindText}' is not a credential kind; use one of {string.Join(", ", Enum.GetNames<Domain.Experts.CredentialKind>())}."));
        DateOnly? issuedOn = null;
        if (string.IsNullOrEmpty(issuedText))
            problems.Add(new ImportProblem(r, Col.CredentialIssuedOn, "A credential needs its issue date."));
        else if ((issuedOn = ParseDate(issuedText)) is null)
            problems.Add(new ImportProblem(r, Col.CredentialIssuedOn, $"'{issuedText}' is not a date in the form YYYY-MM-DD."));
        DateOnly? expiresOn = null;
        if (!string.IsNullOrEmpty(expiresText) && (expiresOn = ParseDate(expiresText)) is null)
            problems.Add(new ImportProblem(r, Col.CredentialExpiresOn, $"'{expiresText}' is not a date in the form YYYY-MM-DD."));

        const Domain.Experts.CredentialKind probeKind = Domain.Experts.CredentialKind.Other;
        Probe(problems, r, Col.CredentialIssuer, () => Credential.Add(Guid.Empty, probeKind, issuer!, "N", "J", ProbeDate, null, _nowUtc));
        Probe(problems, r, Col.CredentialNumber, () => Credential.Add(Guid.Empty, probeKind, "I", number!, "J", ProbeDate, null, _nowUtc));
        Probe(problems, r, Col.CredentialJurisdiction, () => Credential.Add(Guid.Empty, probeKind, "I", "N", jurisdiction!, ProbeDate, null, _nowUtc));
        if (issuedOn is { } issued)
        {
            if (Probe(problems, r, Col.CredentialIssuedOn, () => Credential.Add(Guid.Empty, probeKind, "I", "N", "J", issued, null, _nowUtc)) is not null && expiresOn is not null)
                Probe(problems, r, Col.CredentialExpiresOn, () => Credential.Add(Guid.Empty, probeKind, "I", "N", "J", issued, expiresOn, _nowUtc));
        }
        if (problems.Count > before || kind is null || issuedOn is null)
            return null;
        return Probe(problems, r, null, () => Credential.Add(expertId, kind.Value, issuer!, number!, jurisdiction!, issuedOn.Value, expiresOn, _nowUtc));
    }

    private static void CheckRepeatedProfile(Sheet sheet, CsvRecord first, CsvRecord row, List<ImportProblem> problems)
    {
        foreach (var column in Col.Profile)
        {
            var value = sheet.Cell(row, column);
            if (!string.IsNullOrEmpty(value) && !string.Equals(value, sheet.Cell(first, column), StringComparison.OrdinalIgnoreCase))
                problems.Add(new ImportProblem(row.Row, column, $"Differs from row {first.Row} for the same email. The first row of an expert holds the profile: leave this cell blank or repeat the same value."));
        }
    }

    private static T? Probe<T>(List<ImportProblem> problems, int row, string? column, Func<T> attempt)
        where T : class
    {
        try
        {
            return attempt();
        }
        catch (Refusal e) when (e.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
        {
            problems.Add(new ImportProblem(row, column, e.Message));
            return null;
        }
    }

    private static void Probe(List<ImportProblem> problems, int row, string column, Action attempt) =>
        Probe(problems, row, column, () =>
        {
            attempt();
            return string.Empty;
        });

    private static Dictionary<string, int> MapHeader(IReadOnlyList<string> header)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (name.Length == 0)
                throw new CsvFormatException($"Column {i + 1} of the header row has no name. The first row must name every column, as in the template.");
            if (!Col.All.Contains(name))
                unknown.Add(header[i].Trim());
            else if (!map.TryAdd(name, i))
                throw new CsvFormatException($"The header row names the column {name} twice.");
        }
        if (!map.ContainsKey(Col.Email))
        {
            throw new CsvFormatException(unknown.Count == header.Count
                ? "The first row is not the header: none of its values is a column this import knows. Start the file with the header row from the template."
                : "The header row has no email column; experts are matched by email, so it is required.");
        }
        if (unknown.Count > 0)
            throw new CsvFormatException($"The header row has columns this import does not know: {string.Join(", ", unknown)}. The columns are: {string.Join(", ", Col.All)}.");
        return map;
    }

    private static async Task<Dictionary<string, Expert>> LoadExpertsAsync(IAppDbContext db, List<string> emails, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Expert>(StringComparer.Ordinal);
        foreach (var chunk in emails.Chunk(ChunkSize))
        {
            var experts = await db.Experts.AsNoTracking().Include(e => e.Languages).Include(e => e.Specialties).Include(e => e.Employers)
                .Where(e => chunk.Contains(e.Email)).ToListAsync(cancellationToken);
            foreach (var expert in experts)
                found[expert.Email] = expert;
        }
        return found;
    }

    private static async Task<ILookup<Guid, Credential>> LoadCredentialsAsync(IAppDbContext db, List<Guid> expertIds, CancellationToken cancellationToken)
    {
        var found = new List<Credential>();
        foreach (var chunk in expertIds.Chunk(ChunkSize))
            found.AddRange(await db.Credentials.AsNoTracking().Where(c => chunk.Contains(c.ExpertId)).ToListAsync(cancellationToken));
        return found.ToLookup(c => c.ExpertId);
    }

    private static Guid? ResolveSpecialty(string token, IReadOnlyList<TaxonomyNode> taxonomy, out string? problem)
    {
        problem = null;
        var value = token.Trim().Trim('/').ToLowerInvariant();
        if (value.Contains('/', StringComparison.Ordinal))
        {
            var byPath = taxonomy.FirstOrDefault(s => s.Path == "/" + value + "/");
            if (byPath is not null)
                return byPath.Id;
            problem = $"'{token}' is not a specialty path in the taxonomy (for example medicine/oncology).";
            return null;
        }
        var bySlug = taxonomy.Where(s => s.Slug == value).ToList();
        if (bySlug.Count == 1)
            return bySlug[0].Id;
        problem = bySlug.Count == 0
            ? $"'{token}' is not a specialty in the taxonomy; use its code or path (for example oncology or medicine/oncology)."
            : $"'{token}' names several specialties ({string.Join(", ", bySlug.Select(s => s.Path.Trim('/')))}); write the full path.";
        return null;
    }

    private static Domain.Experts.CredentialKind? ParseKind(string text)
    {
        static string Key(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var key = Key(text);
        foreach (var kind in Enum.GetValues<Domain.Experts.CredentialKind>())
        {
            if (Key(kind.ToString()) == key || Key(ExpertEligibility.Describe(kind)) == key)
                return kind;
        }
        return null;
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static List<string> SplitList(string value) =>
        value.Split([Col.ListSeparator, ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>A blank cell (or a missing column) keeps what the registry holds; a new expert gets an empty value the domain then refuses.</summary>
    private static string Required(string? cell, string? recorded) => string.IsNullOrEmpty(cell) ? recorded ?? string.Empty : cell;

    /// <summary>A missing column keeps what the registry holds; a blank cell clears it.</summary>
    private static string? Optional(string? cell, string? recorded) => cell is null ? recorded : cell.Length == 0 ? null : cell;

    private sealed record TaxonomyNode(Guid Id, string Slug, string Path);

    /// <summary>The cells of a row by column name: null when the file has no such column, trimmed text otherwise.</summary>
    private sealed class Sheet(Dictionary<string, int> columns, int width)
    {
        public string? Cell(CsvRecord record, string column)
        {
            if (!columns.TryGetValue(column, out var index))
                return null;
            if (index >= record.Fields.Count || index >= width)
                return string.Empty;
            return CsvWriter.Unprotect(record.Fields[index].Trim());
        }
    }

    /// <summary>The profile one row asks for, after blanks have been filled from the registry.</summary>
    private sealed class Profile
    {
        public string FullName { get; init; } = string.Empty;
        public string? Phone { get; init; }
        public string CountryCode { get; init; } = string.Empty;
        public string TimeZoneId { get; init; } = string.Empty;
        public string? Headline { get; init; }
        public string? Notes { get; init; }
        public int YearsOfExperience { get; set; }
        public decimal WeeklyCapacityHours { get; set; }
        public IReadOnlyList<string> Languages { get; set; } = [];
        public IReadOnlyList<string> Employers { get; set; } = [];
        public IReadOnlyList<Guid> SpecialtyIds { get; set; } = [];

        public Expert Register(string email, DateTime nowUtc)
        {
            var expert = Expert.Register(FullName, email, CountryCode, TimeZoneId, YearsOfExperience, WeeklyCapacityHours, nowUtc);
            if (Phone is not null || Headline is not null || Notes is not null)
                expert.UpdateProfile(FullName, email, Phone, CountryCode, TimeZoneId, YearsOfExperience, Headline, Notes);
            if (Languages.Count > 0)
                expert.SetLanguages(Languages);
            expert.SetSpecialties(SpecialtyIds);
            if (Employers.Count > 0)
                expert.SetEmployers(Employers);
            return expert;
        }

        /// <summary>The verbs that bring <paramref name="current"/> to this profile; none when it already matches.</summary>
        public IEnumerable<Action<Expert>> ChangesTo(Expert current, string email, DateTime nowUtc, List<string> described)
        {
            // The domain normalises (trims, upper-cases the country...); compare against what it would store.
            var wanted = Register(email, nowUtc);
            var changed = new List<string>();
            if (wanted.FullName != current.FullName) changed.Add(Col.FullName);
            if (wanted.Phone != current.Phone) changed.Add(Col.Phone);
            if (wanted.CountryCode != current.CountryCode) changed.Add(Col.Country);
            if (wanted.TimeZoneId != current.TimeZoneId) changed.Add(Col.TimeZone);
            if (wanted.YearsOfExperience != current.YearsOfExperience) changed.Add(Col.YearsExperience);
            if (wanted.Headline != current.Headline) changed.Add(Col.Headline);
            if (wanted.Notes != current.Notes) changed.Add(Col.Notes);
            var actions = new List<Action<Expert>>();
            if (changed.Count > 0)
            {
                var (name, phone, country, zone, years, headline, notes) =
                    (wanted.FullName, wanted.Phone, wanted.CountryCode, wanted.TimeZoneId, wanted.YearsOfExperience, wanted.Headline, wanted.Notes);
                actions.Add(e => e.UpdateProfile(name, e.Email, phone, country, zone, years, headline, notes));
            }
            var languages = wanted.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
            if (!languages.SetEquals(current.Languages.Select(l => l.Code)))
            {
                changed.Add(Col.Languages);
                actions.Add(e => e.SetLanguages(languages));
            }
            var specialties = wanted.Specialties.Select(s => s.SpecialtyId).ToHashSet();
            if (!specialties.SetEquals(current.Specialties.Select(s => s.SpecialtyId)))
            {
                changed.Add(Col.Specialties);
                actions.Add(e => e.SetSpecialties(specialties));
            }
            var employers = wanted.Employers.Select(x => x.Name).ToList();
            if (!wanted.Employers.Select(x => x.NormalizedName).ToHashSet(StringComparer.Ordinal).SetEquals(current.Employers.Select(x => x.NormalizedName)))
            {
                changed.Add(Col.Employers);
                actions.Add(e => e.SetEmployers(employers));
            }
            if (wanted.WeeklyCapacityHours != current.WeeklyCapacityHours)
            {
                changed.Add(Col.WeeklyCapacityHours);
                var hours = wanted.WeeklyCapacityHours;
                actions.Add(e => e.SetWeeklyCapacity(hours));
            }
            if (changed.Count > 0)
                described.Add("changes " + string.Join(", ", changed));
            return actions;
        }
    }
}
