using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Domain.Clients;

/// <summary>
/// A client's program of expert work: its budget, time zone, confidentiality and NDA requirements, and the
/// price list it is billed by. Active -> Completed | Cancelled.
/// </summary>
public sealed class Project : AggregateRoot
{
    /// <summary>What a project code may contain; the form checks the same pattern with the same sentence.</summary>
    public const string CodePattern = "^[A-Za-z0-9-]+$";

    public const string CodeRule = "A project code may contain only letters, digits and hyphens.";

    /// <summary>The budget's range, in the project currency; the form's annotation uses it with <see cref="BudgetRule"/>.</summary>
    public const double MinBudget = 0.01;
    public const double MaxBudget = 1_000_000_000;
    public const string BudgetRule = "The budget must be between {1} and {2}.";

    // The limits and sentences of the project's texts, shared by the form's annotations and the checks below,
    // so a too-long name is refused in the same words whether the form or the domain catches it; {1} is the limit.
    public const int MaxNameLength = TextLimits.Name;
    public const string NameMissing = "Enter the project name.";
    public const string NameTooLong = "The name must be at most {1} characters.";
    public const int MaxCodeLength = TextLimits.Code;
    public const string CodeMissing = "Enter the project code.";
    public const string CodeTooLong = "The code must be at most {1} characters.";
    public const int MaxDescriptionLength = TextLimits.LongText;
    public const string DescriptionMissing = "Enter the description.";
    public const string DescriptionTooLong = "The description must be at most {1} characters.";
    public const int MaxExpertBriefLength = TextLimits.LongText;
    public const string ExpertBriefMissing = "Enter the brief experts see.";
    public const string ExpertBriefTooLong = "The expert brief must be at most {1} characters.";

    private readonly List<PriceListEntry> _priceList = [];

    private Project()
    {
        Name = Code = Description = ExpertBrief = TimeZoneId = string.Empty;
        Budget = Money.Zero("USD");
        Window = new DateRange(DateOnly.MinValue, null);
    }

    public Guid ClientId { get; private set; }
    public string Name { get; private set; }
    public string Code { get; private set; }
    public Guid? DomainSpecialtyId { get; private set; }
    public string Description { get; private set; }
    public string ExpertBrief { get; private set; }
    public ConfidentialityLevel Confidentiality { get; private set; }
    public NdaScope RequiredNdaScope { get; private set; }
    public bool RequiresConflictDeclaration { get; private set; }
    public Money Budget { get; private set; }
    public string TimeZoneId { get; private set; }
    public DateRange Window { get; private set; }
    public ProjectStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    public IReadOnlyCollection<PriceListEntry> PriceList => _priceList;

    public string Currency => Budget.Currency;

    public static Project Create(
        Client client, string name, string code, Guid? domainSpecialtyId, string description, string expertBrief,
        ConfidentialityLevel confidentiality, bool requiresConflictDeclaration, Money budget, string timeZoneId,
        DateRange window, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(client);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (client.IsArchived)
            throw Refusal.Conflict("Projects cannot be created for an archived client.");
        if (window.End is null)
            throw Refusal.Invalid("A project needs an end date.", "End");
        var project = new Project
        {
            ClientId = client.Id,
            Status = ProjectStatus.Active,
            CreatedUtc = nowUtc,
            RequiredNdaScope = client.RequiresClientNda ? NdaScope.Client : NdaScope.Master,
        };
        project.Apply(name, code, domainSpecialtyId, description, expertBrief, confidentiality, requiresConflictDeclaration, budget, timeZoneId, window);
        project.Record("Created");
        return project;
    }

    public void UpdateDetails(
        string name, string code, Guid? domainSpecialtyId, string description, string expertBrief,
        ConfidentialityLevel confidentiality, bool requiresConflictDeclaration, Money budget, string timeZoneId, DateRange window)
    {
        EnsureActive();
        if (window.End is null)
            throw Refusal.Invalid("A project needs an end date.", "End");
        if (budget.Currency != Budget.Currency && _priceList.Count > 0)
            throw Refusal.Conflict($"The project is priced in {Budget.Currency}; its currency cannot change once it has a price list.");
        Apply(name, code, domainSpecialtyId, description, expertBrief, confidentiality, requiresConflictDeclaration, budget, timeZoneId, window);
        Record("DetailsUpdated");
    }

    /// <summary>Adds a bill rate; the same overlap rule as expert rate cards, per tier and activity.</summary>
    public PriceListEntry SetBillRate(ExpertTier tier, Activity activity, Money hourlyRate, DateRange effective)
    {
        EnsureActive();
        if (hourlyRate.Currency != Currency)
            throw Refusal.Conflict($"This project bills in {Currency}; a rate in {hourlyRate.Currency} cannot be added.");
        var same = _priceList.Where(p => p.Tier == tier && p.Activity == activity).ToList();
        var openPredecessor = effective.End is null
            ? same.SingleOrDefault(p => p.Effective.End is null && p.Effective.Start < effective.Start)
            : null;
        foreach (var existing in same.Where(p => p != openPredecessor))
        {
            if (existing.Effective.Overlaps(effective))
                throw Refusal.Conflict($"The {tier} {activity} bill rate {existing.Effective} overlaps the new period {effective}.");
        }
        var entry = new PriceListEntry(Id, tier, activity, hourlyRate, effective);
        openPredecessor?.EndOn(effective.Start.AddDays(-1));
        _priceList.Add(entry);
        Record("BillRateSet");
        return entry;
    }

    public Money? BillRateOn(ExpertTier tier, Activity activity, DateOnly day) =>
        _priceList.SingleOrDefault(p => p.Tier == tier && p.Activity == activity && p.Effective.Contains(day))?.HourlyRate;

    public void Complete(DateTime nowUtc)
    {
        EnsureActive();
        Guard.Utc(nowUtc, nameof(nowUtc));
        Status = ProjectStatus.Completed;
        Record("Completed");
    }

    public void Cancel(string reason, DateTime nowUtc)
    {
        EnsureActive();
        Guard.Utc(nowUtc, nameof(nowUtc));
        StatusReason = Guard.Reason(reason, "A cancellation reason");
        Status = ProjectStatus.Cancelled;
        Record("Cancelled");
    }

    private void Apply(
        string name, string code, Guid? domainSpecialtyId, string description, string expertBrief,
        ConfidentialityLevel confidentiality, bool requiresConflictDeclaration, Money budget, string timeZoneId, DateRange window)
    {
        if (budget.Amount < (decimal)MinBudget || budget.Amount > (decimal)MaxBudget)
            throw Refusal.Invalid(RuleText.Between(BudgetRule, MinBudget, MaxBudget), "Budget");
        Name = Guard.Required(name, MaxNameLength, NameMissing, NameTooLong);
        var projectCode = Guard.Required(code, MaxCodeLength, CodeMissing, CodeTooLong).ToUpperInvariant();
        if (!projectCode.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            throw Refusal.Invalid(CodeRule, "Code");
        Code = projectCode;
        DomainSpecialtyId = domainSpecialtyId;
        Description = Guard.Required(description, MaxDescriptionLength, DescriptionMissing, DescriptionTooLong);
        ExpertBrief = Guard.Required(expertBrief, MaxExpertBriefLength, ExpertBriefMissing, ExpertBriefTooLong);
        Confidentiality = confidentiality;
        RequiresConflictDeclaration = requiresConflictDeclaration;
        Budget = budget;
        TimeZoneId = TimeZones.RequireIana(timeZoneId);
        Window = window;
    }

    /// <summary>Only an active project changes; a completed or cancelled one is history.</summary>
    public static bool CanBeChangedIn(ProjectStatus status) => status == ProjectStatus.Active;

    private void EnsureActive()
    {
        if (!CanBeChangedIn(Status))
            throw Refusal.Conflict($"A {Status.ToString().ToLowerInvariant()} project cannot be changed.");
    }
}
