using System.Globalization;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>What a draft's lines are made of, and the claimed entries that could not be priced (to be given back).</summary>
internal sealed record PricedEntries(List<BillingLine> Lines, List<TimeEntry> Unpriced, List<string> Skipped);

/// <summary>An expert as billing needs them: the name (or nothing, on confidential invoices) and the tier that picks the bill rate.</summary>
internal sealed record BilledExpert(Guid Id, string FullName, int YearsOfExperience)
{
    public ExpertTier Tier => Expert.TierFor(YearsOfExperience);
}

/// <summary>Turns claimed time entries into readable lines: per expert, activity and unit price, with the days they span.</summary>
internal static class BillingLines
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>Client lines at the project's bill rate for the expert's tier and the entry's activity on each work date.</summary>
    public static PricedEntries ForInvoice(Project project, IReadOnlyList<TimeEntry> entries, IReadOnlyDictionary<Guid, BilledExpert> experts)
    {
        var pseudonymous = project.Confidentiality != ConfidentialityLevel.Open;
        var priced = new List<(TimeEntry Entry, decimal Rate)>();
        var unpriced = new List<TimeEntry>();
        foreach (var entry in entries)
        {
            var rate = project.BillRateOn(experts[entry.ExpertId].Tier, entry.Activity, entry.WorkDate);
            if (rate is null)
                unpriced.Add(entry);
            else
                priced.Add((entry, rate.Amount));
        }
        var lines = priced
            .GroupBy(p => (p.Entry.ExpertId, p.Entry.Activity, p.Rate))
            .Select(g =>
            {
                var expert = experts[g.Key.ExpertId];
                var who = pseudonymous ? ExpertPseudonyms.For(project.Id, expert.Id) : expert.FullName;
                return new
                {
                    Who = who,
                    First = g.Min(p => p.Entry.WorkDate),
                    Line = new BillingLine(
                        Describe(who, g.Key.Activity, g.Min(p => p.Entry.WorkDate), g.Max(p => p.Entry.WorkDate)),
                        expert.Id, g.Key.Activity, g.Sum(p => p.Entry.Hours), g.Key.Rate, project.Currency),
                };
            })
            .OrderBy(l => l.Who, StringComparer.Ordinal).ThenBy(l => l.Line.Activity).ThenBy(l => l.First)
            .Select(l => l.Line)
            .ToList();
        var skipped = unpriced
            .GroupBy(e => (e.ExpertId, e.Activity))
            .Select(g =>
            {
                var expert = experts[g.Key.ExpertId];
                return string.Create(Culture,
                    $"{Hours(g.Sum(e => e.Hours))} of {ActivityNames.Describe(g.Key.Activity).ToLowerInvariant()} by {expert.FullName} on {Days(g.Select(e => e.WorkDate))} for {project.Name} ({project.Code}) were not invoiced: the project has no {expert.Tier.ToString().ToLowerInvariant()} bill rate for {ActivityNames.Describe(g.Key.Activity).ToLowerInvariant()} on {(g.Count() == 1 ? "that date" : "those dates")}.");
            })
            .ToList();
        return new PricedEntries(lines, unpriced, skipped);
    }

    /// <summary>An expert's lines in one currency at the engagements' agreed pay rates, per project, activity and rate.</summary>
    public static IReadOnlyList<(string Currency, PricedEntries Priced)> ForStatements(
        BilledExpert expert, IReadOnlyList<TimeEntry> entries, IReadOnlyDictionary<Guid, Engagement> engagements, IReadOnlyDictionary<Guid, Project> projects,
        out List<TimeEntry> unpriced, out List<string> skipped)
    {
        var priced = new List<(TimeEntry Entry, Money Rate)>();
        unpriced = [];
        foreach (var entry in entries)
        {
            var rate = engagements.TryGetValue(entry.EngagementId, out var engagement) ? engagement.PayRateFor(entry.Activity) : null;
            if (rate is null)
                unpriced.Add(entry);
            else
                priced.Add((entry, rate));
        }
        skipped = unpriced
            .GroupBy(e => (e.ProjectId, e.Activity))
            .Select(g => string.Create(Culture,
                $"{Hours(g.Sum(e => e.Hours))} of {ActivityNames.Describe(g.Key.Activity).ToLowerInvariant()} by {expert.FullName} on {Days(g.Select(e => e.WorkDate))} for {projects[g.Key.ProjectId].Name} ({projects[g.Key.ProjectId].Code}) are not on a payout statement: the engagement has no agreed pay rate for {ActivityNames.Describe(g.Key.Activity).ToLowerInvariant()}."))
            .ToList();
        return priced
            .GroupBy(p => p.Rate.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(currency =>
            {
                var lines = currency
                    .GroupBy(p => (p.Entry.ProjectId, p.Entry.Activity, p.Rate.Amount))
                    .Select(g => new
                    {
                        Project = projects[g.Key.ProjectId].Name,
                        First = g.Min(p => p.Entry.WorkDate),
                        Line = new BillingLine(
                            Describe(projects[g.Key.ProjectId].Name, g.Key.Activity, g.Min(p => p.Entry.WorkDate), g.Max(p => p.Entry.WorkDate)),
                            expert.Id, g.Key.Activity, g.Sum(p => p.Entry.Hours), g.Key.Amount, currency.Key),
                    })
                    .OrderBy(l => l.Project, StringComparer.Ordinal).ThenBy(l => l.Line.Activity).ThenBy(l => l.First)
                    .Select(l => l.Line)
                    .ToList();
                return (currency.Key, new PricedEntries(lines, [], []));
            })
            .ToList();
    }

    /// <summary>"Dr Ana Ruiz — Review, 2026-10-01–2026-10-31", cut to what a line description holds.</summary>
    public static string Describe(string who, Activity activity, DateOnly first, DateOnly last)
    {
        var days = first == last ? first.ToString("yyyy-MM-dd", Culture) : string.Create(Culture, $"{first:yyyy-MM-dd}–{last:yyyy-MM-dd}");
        var suffix = $" — {ActivityNames.Describe(activity)}, {days}";
        var room = TextLimits.Name - suffix.Length;
        return (who.Length > room ? who[..room] : who) + suffix;
    }

    private static string Hours(decimal hours) => string.Create(Culture, $"{hours:0.##} h");

    private static string Days(IEnumerable<DateOnly> dates)
    {
        var days = dates.Distinct().Order().ToList();
        return days.Count == 1
            ? days[0].ToString("yyyy-MM-dd", Culture)
            : string.Create(Culture, $"{days.Count} days from {days[0]:yyyy-MM-dd} to {days[^1]:yyyy-MM-dd}");
    }
}
