using System.Text.RegularExpressions;
using ExpertNetwork.Infrastructure.Email;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MimeKit;

namespace ExpertNetwork.Web.Controllers;

/// <summary>
/// Mail written to the pickup folder (no SMTP configured), readable in the browser so a newcomer can follow an
/// emailed link on a laptop. Off in Production and whenever real SMTP is configured.
/// </summary>
[Authorize(Policy = WebComposition.StaffPolicy)]
[Route("dev/mailbox")]
public sealed partial class DevMailboxController(EmailOptions options, IWebHostEnvironment environment) : Controller
{
    public const int ListLimit = 200;

    public static bool IsAvailable(EmailOptions options, IWebHostEnvironment environment) =>
        !environment.IsProduction() && !options.UsesSmtp;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!IsAvailable(options, environment))
            return NotFound();
        var folder = new DirectoryInfo(options.PickupDirectory);
        var items = new List<DevMailItem>();
        if (folder.Exists)
        {
            foreach (var file in folder.EnumerateFiles("*.eml").OrderByDescending(f => f.LastWriteTimeUtc).Take(ListLimit))
            {
                var headers = await HeaderList.LoadAsync(file.FullName, cancellationToken);
                items.Add(new DevMailItem(file.Name, headers[HeaderId.To] ?? string.Empty, headers[HeaderId.Subject] ?? "(no subject)", file.LastWriteTimeUtc));
            }
        }
        return View(new DevMailboxViewModel(options.PickupDirectory, items));
    }

    [HttpGet("{file}")]
    public async Task<IActionResult> Message(string file, CancellationToken cancellationToken)
    {
        if (!IsAvailable(options, environment) || !SafeName().IsMatch(file))
            return NotFound();
        var path = Path.Combine(options.PickupDirectory, file);
        if (!System.IO.File.Exists(path))
            return NotFound();
        using var message = await MimeMessage.LoadAsync(path, cancellationToken);
        var attachments = message.Attachments.OfType<MimePart>().Select(a => a.FileName ?? "attachment").ToList();
        var calendar = message.BodyParts.OfType<TextPart>().Any(p => p.ContentType.IsMimeType("text", "calendar"));
        return View(new DevMailMessageViewModel(file, message.To.ToString(), message.From.ToString(), message.Subject ?? "(no subject)",
            message.Date.UtcDateTime, message.MessageId, message.HtmlBody, message.TextBody, attachments, calendar));
    }

    [GeneratedRegex("^[A-Za-z0-9._@+-]{1,200}\\.eml$")]
    private static partial Regex SafeName();
}
