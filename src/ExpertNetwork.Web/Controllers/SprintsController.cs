using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Sprints;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>Annotation sprints for program managers (and admins): overview, scheduling, changes and the hours view.</summary>
[Authorize(Policy = WebComposition.StaffingPolicy)]
[Route("sprints")]
public sealed class SprintsController(GetSprintHandler getSprint, ListSprintProjectsHandler sprintProjects, ListSprintCandidatesHandler sprintCandidates) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? projectId, string? status, int page, [FromServices] ListSprintsHandler list, CancellationToken cancellationToken)
    {
        SprintStatus? filter = null;
        if (!string.IsNullOrEmpty(status) && !string.Equals(status, "all", StringComparison.OrdinalIgnoreCase))
        {
            if (Enum.TryParse<SprintStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
                filter = parsed;
            else
                ViewData["FilterError"] = $"'{status}' is not a sprint status; showing every sprint. Use Scheduled, Running, Closed or Cancelled.";
        }
        var result = await list.HandleAsync(new SprintFilter(projectId, filter, Math.Max(1, page)), cancellationToken);
        return View(new SprintsIndexViewModel { Result = result, Projects = await sprintProjects.HandleAsync(cancellationToken), ProjectId = projectId, Status = filter });
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(Guid? projectId, CancellationToken cancellationToken)
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        var form = new SprintFormViewModel
        {
            Input = new SprintInput
            {
                ProjectId = projectId, StartDate = start, StartTime = new TimeOnly(9, 0), EndDate = start.AddDays(4), EndTime = new TimeOnly(17, 0),
            },
        };
        return View("Schedule", await WithChoicesAsync(form, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(SprintFormViewModel form, [FromServices] ScheduleSprintHandler schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await this.OrFormAsync(async () =>
        {
            var ids = await schedule.HandleAsync(form.Input, cancellationToken);
            TempData["Notice"] = ids.Count == 1
                ? $"{form.Input.Name.Trim()} is scheduled. Invitations go out within a minute."
                : $"{ids.Count} weekly sprints of {form.Input.Name.Trim()} are scheduled. Invitations go out within a minute.";
            return Redirect($"/sprints/{ids[0]}");
        }, async () =>
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Schedule", await WithChoicesAsync(form, cancellationToken));
        }, fieldPrefix: "Input");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        if (await getSprint.HandleAsync(new GetSprintQuery(id), cancellationToken) is not { } sprint)
            return NotFound();
        var joined = sprint.Participants.Select(p => p.EngagementId).ToHashSet();
        var candidates = (await sprintCandidates.HandleAsync(new ListSprintCandidatesQuery(sprint.ProjectId), cancellationToken)).Where(c => !joined.Contains(c.EngagementId)).ToList();
        return View(new SprintDetailViewModel { Sprint = sprint, Candidates = candidates });
    }

    [HttpGet("{id:guid}/reschedule")]
    public async Task<IActionResult> Reschedule(Guid id, CancellationToken cancellationToken)
    {
        if (await getSprint.HandleAsync(new GetSprintQuery(id), cancellationToken) is not { } s)
            return NotFound();
        return View(new SprintRescheduleViewModel
        {
            Version = s.Version,
            Sprint = s,
            Input = new SprintTimesInput
            {
                Name = s.Name, StartDate = s.StartDate, StartTime = s.StartTime, EndDate = s.EndDate, EndTime = s.EndTime,
                TargetHours = s.TargetHours, GuidelinesUrl = s.GuidelinesUrl,
            },
        });
    }

    [HttpPost("{id:guid}/reschedule")]
    public async Task<IActionResult> Reschedule(Guid id, SprintRescheduleViewModel form, [FromServices] RescheduleSprintHandler reschedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await this.OrFormAsync(async () =>
        {
            await reschedule.HandleAsync(new RescheduleSprintCommand(id, form.Version, form.Input), cancellationToken);
            TempData["Notice"] = "The sprint is rescheduled. Updated invitations go out within a minute.";
            return Redirect($"/sprints/{id}");
        }, async () =>
        {
            form.Sprint = await getSprint.HandleAsync(new GetSprintQuery(id), cancellationToken);
            if (form.Sprint is null)
                return NotFound();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }, fieldPrefix: "Input");
    }

    [HttpPost("{id:guid}/cancel")]
    public Task<IActionResult> Cancel(Guid id, int version, string? reason, [FromServices] CancelSprintHandler cancel, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => cancel.HandleAsync(new CancelSprintCommand(id, version, reason), cancellationToken), "The sprint is cancelled. Participants get a calendar cancellation within a minute.");

    [HttpPost("{id:guid}/close")]
    public Task<IActionResult> Close(Guid id, int version, [FromServices] CloseSprintHandler close, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => close.HandleAsync(new CloseSprintCommand(id, version), cancellationToken), "The sprint is closed.");

    [HttpPost("{id:guid}/participants")]
    public Task<IActionResult> AddParticipant(Guid id, int version, SprintParticipantInput participant, [FromServices] AddSprintParticipantHandler add, CancellationToken cancellationToken)
        => ChangeAsync(id, () => add.HandleAsync(new AddSprintParticipantCommand(id, version, participant), cancellationToken), "The expert is added. Their invitation goes out within a minute.");

    [HttpPost("{id:guid}/participants/{engagementId:guid}/remove")]
    public Task<IActionResult> RemoveParticipant(Guid id, Guid engagementId, int version, [FromServices] RemoveSprintParticipantHandler remove, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => remove.HandleAsync(new RemoveSprintParticipantCommand(id, version, engagementId), cancellationToken), "The expert is taken off the sprint. If they were invited, a calendar cancellation follows.");

    private Task<IActionResult> ChangeAsync(Guid id, Func<Task> change, string notice) => this.ActAndReturnAsync($"/sprints/{id}", change, notice);

    private async Task<SprintFormViewModel> WithChoicesAsync(SprintFormViewModel form, CancellationToken cancellationToken)
    {
        form.Projects = await sprintProjects.HandleAsync(cancellationToken);
        form.Project = form.Projects.FirstOrDefault(p => p.Id == form.Input.ProjectId);
        form.Candidates = form.Project is null ? [] : await sprintCandidates.HandleAsync(new ListSprintCandidatesQuery(form.Project.Id), cancellationToken);
        return form;
    }
}
