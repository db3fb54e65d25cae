using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Domain.Workspace;

/// <summary>
/// A body of annotation work on a project: one task type, its labels or rubric, versioned guidelines and the number
/// of independent judgments each item needs. Draft -> Open -> Closed; Closed -> Open (reopened). Labels and criteria
/// are fixed once the set first opens, because judgments refer to them by name.
/// </summary>
public sealed class TaskSet : AggregateRoot
{
    public const int MaxOverlap = 10;
    public const int MinLeaseMinutes = 5;
    public const int MaxLeaseMinutes = 480;
    public const int MaxLabels = 9;
    public const int MaxCriteria = 12;
    public const int MaxTextLength = 5000;
    public const int MaxGuidelinesLength = 100_000;

    private readonly List<ClassificationLabel> _labels = [];
    private readonly List<RubricCriterion> _criteria = [];
    private readonly List<GuidelineVersion> _guidelines = [];

    private TaskSet() { Name = string.Empty; }

    public Guid ProjectId { get; private set; }
    public Guid? SprintId { get; private set; }
    public string Name { get; private set; }
    public TaskType Type { get; private set; }
    public TaskSetStatus Status { get; private set; }

    /// <summary>Independent judgments each item needs before it stops being served.</summary>
    public int Overlap { get; private set; }

    public ItemOrder ItemOrder { get; private set; }

    /// <summary>How long an item stays with an expert without a save before it goes back to the pool.</summary>
    public int LeaseMinutes { get; private set; }

    /// <summary>Pairwise: the shortest rationale accepted.</summary>
    public int MinRationaleLength { get; private set; }

    /// <summary>Written answers: the shortest answer accepted.</summary>
    public int MinAnswerLength { get; private set; }

    /// <summary>Classification: whether an item may take several labels.</summary>
    public bool AllowMultipleLabels { get; private set; }

    public DateTime CreatedUtc { get; private set; }
    public DateTime? OpenedUtc { get; private set; }
    public DateTime? ClosedUtc { get; private set; }

    /// <summary>True once the set has been open: from then on labels and criteria stay as they are.</summary>
    public bool HasOpened => OpenedUtc is not null;

    public IReadOnlyList<ClassificationLabel> Labels => _labels;
    public IReadOnlyList<RubricCriterion> Criteria => _criteria;
    public IReadOnlyList<GuidelineVersion> Guidelines => _guidelines;

    public GuidelineVersion CurrentGuidelines => _guidelines.MaxBy(g => g.Number)!;

    /// <summary>The number judgments made now record.</summary>
    public int CurrentGuidelineVersion => CurrentGuidelines.Number;

    public bool AcceptsWork => Status == TaskSetStatus.Open;

    public static TaskSet Create(
        Project project, AnnotationSprint? sprint, string name, TaskType type, string guidelinesMarkdown, string publishedBy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(project);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (project.Status != ProjectStatus.Active)
            throw Refusal.Conflict("Task sets can only be created on an active project.");
        if (sprint is not null)
        {
            if (sprint.ProjectId != project.Id)
                throw Refusal.Invalid("That sprint belongs to another project.", "SprintId");
            if (sprint.Status is SprintStatus.Closed or SprintStatus.Cancelled)
                throw Refusal.Invalid($"That sprint is {sprint.Status.ToString().ToLowerInvariant()}; choose a scheduled or running sprint, or none.", "SprintId");
        }
        if (!Enum.IsDefined(type))
            throw Refusal.Invalid("Choose a task type: classification, pairwise, rubric or written answer.", "Type");
        var set = new TaskSet
        {
            ProjectId = project.Id,
            SprintId = sprint?.Id,
            Name = WorkspaceText.Required(name, "A task set name", TextLimits.Name, "Name"),
            Type = type,
            Status = TaskSetStatus.Draft,
            Overlap = 1,
            ItemOrder = ItemOrder.ImportOrder,
            LeaseMinutes = 30,
            MinRationaleLength = 40,
            MinAnswerLength = 40,
            CreatedUtc = nowUtc,
        };
        set.Publish(guidelinesMarkdown, publishedBy, nowUtc);
        set.Record("Created");
        return set;
    }

    /// <summary>The settings that may change while the set is open; they apply to work from then on.</summary>
    public void ChangeSettings(string name, int overlap, ItemOrder itemOrder, int leaseMinutes, int minRationaleLength, int minAnswerLength)
    {
        RequireNotClosed("changed");
        if (overlap is < 1 or > MaxOverlap)
            throw Refusal.Invalid($"Judgments per item must be between 1 and {MaxOverlap}.", "Overlap");
        if (!Enum.IsDefined(itemOrder))
            throw Refusal.Invalid("Choose import order or shuffled.", "ItemOrder");
        if (leaseMinutes is < MinLeaseMinutes or > MaxLeaseMinutes)
            throw Refusal.Invalid($"An item may stay with an expert for {MinLeaseMinutes} to {MaxLeaseMinutes} minutes.", "LeaseMinutes");
        if (minRationaleLength is < 0 or > MaxTextLength)
            throw Refusal.Invalid($"The shortest rationale must be between 0 and {MaxTextLength:N0} characters.", "MinRationaleLength");
        if (minAnswerLength is < 1 or > MaxTextLength)
            throw Refusal.Invalid($"The shortest written answer must be between 1 and {MaxTextLength:N0} characters.", "MinAnswerLength");
        Name = WorkspaceText.Required(name, "A task set name", TextLimits.Name, "Name");
        Overlap = overlap;
        ItemOrder = itemOrder;
        LeaseMinutes = leaseMinutes;
        MinRationaleLength = minRationaleLength;
        MinAnswerLength = minAnswerLength;
        Record("SettingsChanged");
    }

    /// <summary>Sets the labels of a classification set, in the order of their shortcut keys 1–9.</summary>
    public void SetLabels(IEnumerable<string> names, bool allowMultiple)
    {
        ArgumentNullException.ThrowIfNull(names);
        RequireType(TaskType.Classification, "labels");
        RequireNeverOpened("labels");
        var list = names.Select(n => WorkspaceText.Required(n, "A label", TextLimits.Short, "Labels")).ToList();
        if (list.Count is < 1 or > MaxLabels)
            throw Refusal.Invalid($"A classification task needs 1 to {MaxLabels} labels (one per shortcut key 1–9).", "Labels");
        var repeated = list.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw Refusal.Invalid($"The label '{repeated.Key}' is listed twice; each label needs its own name.", "Labels");
        _labels.Clear();
        _labels.AddRange(list.Select((n, i) => new ClassificationLabel(i + 1, n)));
        AllowMultipleLabels = allowMultiple;
        Record("LabelsSet");
    }

    public void SetCriteria(IEnumerable<RubricCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        RequireType(TaskType.Rubric, "criteria");
        RequireNeverOpened("criteria");
        var list = criteria.ToList();
        if (list.Count is < 1 or > MaxCriteria)
            throw Refusal.Invalid($"A rubric needs 1 to {MaxCriteria} criteria.", "Criteria");
        var repeated = list.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw Refusal.Invalid($"The criterion '{repeated.Key}' is listed twice; each criterion needs its own name.", "Criteria");
        _criteria.Clear();
        _criteria.AddRange(list.Select((c, i) => c.At(i + 1)));
        Record("CriteriaSet");
    }

    /// <summary>Publishes a new version of the guidelines; judgments from now on record it. Earlier versions stay as they were.</summary>
    public GuidelineVersion ReviseGuidelines(string markdown, string publishedBy, DateTime nowUtc)
    {
        RequireNotClosed("given new guidelines");
        if (string.Equals(markdown?.Trim(), CurrentGuidelines.Markdown, StringComparison.Ordinal))
            throw Refusal.Invalid("The guidelines are the same as the current version; change the text to publish a new version.", "Guidelines");
        var version = Publish(markdown, publishedBy, nowUtc);
        Record("GuidelinesRevised");
        return version;
    }

    /// <summary>Opens the set to experts. It needs items and, for classification and rubric sets, its labels or criteria.</summary>
    public void Open(int itemCount, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (Status != TaskSetStatus.Draft)
            throw Refusal.Conflict($"Only a draft task set can be opened (this one is {Status.ToString().ToLowerInvariant()}).");
        if (Type == TaskType.Classification && _labels.Count == 0)
            throw Refusal.Conflict("Add the labels before opening a classification task set.", "Labels");
        if (Type == TaskType.Rubric && _criteria.Count == 0)
            throw Refusal.Conflict("Add the rubric criteria before opening a rubric task set.", "Criteria");
        if (itemCount < 1)
            throw Refusal.Conflict("Import at least one item before opening the task set.");
        Status = TaskSetStatus.Open;
        OpenedUtc = nowUtc;
        Record("Opened");
    }

    /// <summary>Stops serving items and freezes every judgment: no submissions or corrections until it is reopened.</summary>
    public void Close(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (Status != TaskSetStatus.Open)
            throw Refusal.Conflict($"Only an open task set can be closed (this one is {Status.ToString().ToLowerInvariant()}).");
        Status = TaskSetStatus.Closed;
        ClosedUtc = nowUtc;
        Record("Closed");
    }

    public void Reopen(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (Status != TaskSetStatus.Closed)
            throw Refusal.Conflict($"Only a closed task set can be reopened (this one is {Status.ToString().ToLowerInvariant()}).");
        Status = TaskSetStatus.Open;
        ClosedUtc = null;
        Record("Reopened");
    }

    /// <summary>Items may be added to a draft or open set; a closed set takes none.</summary>
    public void RequireAcceptsItems()
    {
        if (Status == TaskSetStatus.Closed)
            throw Refusal.Conflict("This task set is closed; reopen it to add items.");
    }

    /// <summary>Submissions and corrections need an open set.</summary>
    internal void RequireAcceptsWork(string verb)
    {
        if (Status != TaskSetStatus.Open)
            throw Refusal.Conflict($"This task set is {Status.ToString().ToLowerInvariant()}, so answers can no longer be {verb}.");
    }

    private GuidelineVersion Publish(string? markdown, string publishedBy, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var text = WorkspaceText.Required(markdown, "The guidelines text", MaxGuidelinesLength, "Guidelines");
        var by = WorkspaceText.Required(publishedBy, "The publisher", TextLimits.Actor, "PublishedBy");
        var version = new GuidelineVersion(Id, _guidelines.Count + 1, text, by, nowUtc);
        _guidelines.Add(version);
        return version;
    }

    private void RequireNotClosed(string verb)
    {
        if (Status == TaskSetStatus.Closed)
            throw Refusal.Conflict($"This task set is closed, so it cannot be {verb}; reopen it first.");
    }

    private void RequireType(TaskType type, string what)
    {
        if (Type != type)
            throw Refusal.Invalid($"Only a {Describe(type)} task set has {what}; this one is {Describe(Type)}.");
    }

    private void RequireNeverOpened(string what)
    {
        if (HasOpened)
            throw Refusal.Conflict($"The {what} cannot change once the task set has been opened, because judgments refer to them.");
    }

    public static string Describe(TaskType type) => type switch
    {
        TaskType.Classification => "classification",
        TaskType.Pairwise => "pairwise",
        TaskType.Rubric => "rubric",
        _ => "written-answer",
    };
}
