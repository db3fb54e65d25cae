using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Domain.Messaging;
using ExpertNetwork.Infrastructure.Scheduling;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quartz;

namespace ExpertNetwork.Web.Controllers;

[Authorize(Policy = WebComposition.AdminsPolicy)]
[Route("admin")]
public sealed class AdminController(GetMailQueueHandler mailQueue, ResendMessageHandler resend, SendTestEmailHandler sendTest, JobJournal journal, IServiceProvider services) : Controller
{
    /// <summary>The administration overview: what needs attention in mail, jobs and templates, one click from each.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ExpertNetwork.Application.Templates.GetTemplatesHandler templates, CancellationToken cancellationToken)
    {
        var mail = await mailQueue.HandleAsync(new GetMailQueueQuery(null, 1), cancellationToken);
        var templateList = await templates.HandleAsync(cancellationToken);
        var (running, _, jobs) = await JobRowsAsync(cancellationToken);
        return View(new AdminOverviewViewModel(mail.Counts, jobs, running, templateList.Count, templateList.Count(t => !t.IsShippedDefault)));
    }

    [HttpGet("mail")]
    public async Task<IActionResult> Mail(string? status, int page = 1, CancellationToken cancellationToken = default)
    {
        OutboxStatus? filter = Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        if (!string.IsNullOrEmpty(status) && filter is null)
            ViewData["FilterError"] = $"'{status}' is not a message status; showing all messages.";
        return View(await mailQueue.HandleAsync(new GetMailQueueQuery(filter, page < 1 ? 1 : page), cancellationToken));
    }

    [HttpPost("mail/{id:guid}/resend")]
    public async Task<IActionResult> Resend(Guid id, CancellationToken cancellationToken)
    {
        await resend.HandleAsync(new ResendMessageCommand(id), cancellationToken);
        TempData["Notice"] = "The message is back in the queue and will be sent on the next dispatch.";
        return RedirectToAction(nameof(Mail));
    }

    [HttpPost("mail/test")]
    public Task<IActionResult> SendTest(string? to, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync(Url.Action(nameof(Mail))!, async () =>
        {
            var messageId = await sendTest.HandleAsync(new SendTestEmailCommand(to), cancellationToken);
            return $"A test message to {to!.Trim()} is queued ({messageId}); it goes out on the next dispatch.";
        });

    [HttpGet("jobs")]
    public async Task<IActionResult> Jobs(CancellationToken cancellationToken)
    {
        var (running, name, rows) = await JobRowsAsync(cancellationToken);
        return View(new JobsViewModel(running, name, rows));
    }

    private async Task<(bool Running, string? SchedulerName, IReadOnlyList<JobRow> Rows)> JobRowsAsync(CancellationToken cancellationToken)
    {
        var factory = services.GetService<ISchedulerFactory>();
        var scheduler = factory is null ? null : await factory.GetScheduler(cancellationToken);
        var rows = new List<JobRow>();
        foreach (var (key, description) in SchedulingRegistration.Jobs)
        {
            DateTimeOffset? next = null, previous = null;
            if (scheduler is not null)
            {
                foreach (var trigger in await scheduler.GetTriggersOfJob(key, cancellationToken))
                {
                    next = Earliest(next, trigger.NextFireTimeUtc);
                    previous = Latest(previous, trigger.PreviousFireTimeUtc);
                }
            }
            rows.Add(new JobRow(key.Name, description, journal.Find(key.Name), previous?.UtcDateTime, next?.UtcDateTime));
        }
        return (scheduler is not null, scheduler?.SchedulerName, rows);
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
