using ExpertNetwork.Application.Email;
using ExpertNetwork.Domain.Messaging;
using ExpertNetwork.Infrastructure.Calendar;
using ExpertNetwork.Infrastructure.Email;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using ExpertNetwork.TestSupport.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace ExpertNetwork.IntegrationTests.Email;

/// <summary>The email outbox end to end: use-case transaction, atomic claims, MailKit against a loopback SMTP server.</summary>
public abstract class OutboxTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private const string From = "ExpertNetwork <no-reply@expertnetwork.test>";

    private static readonly EmailOptions Options = new() { From = From };

    private readonly EmailMetrics _metrics = new();

    [Fact]
    public async Task A_message_enqueued_in_a_use_case_that_rolls_back_or_fails_is_never_sent()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        await App.RunAsync(async services =>
        {
            var db = services.Db();
            await using var transaction = await db.Database.BeginTransactionAsync(Cancellation);
            db.Experts.Add(new ExpertBuilder().WithEmail("rolled@experts.example").Build());
            new EmailOutbox(db, Clock).Enqueue(Mail("rolled@experts.example"));
            await db.SaveChangesAsync(Cancellation);
            await transaction.RollbackAsync(Cancellation);
        });
        await App.RunAsync(services =>
        {
            // A use case that fails before saving: its unit of work is dropped with the queued mail.
            new EmailOutbox(services.Db(), Clock).Enqueue(Mail("failed@experts.example"));
            return Task.CompletedTask;
        });
        var committed = await EnqueueAsync([Mail("committed@experts.example")]);

        var result = await DispatchAsync(Smtp(smtp));

        result.Sent.ShouldBe(1);
        smtp.Received.ShouldHaveSingleItem().Message.MessageId.ShouldBe(Bare(committed[0]));
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(1);
        (await ReadAsync(db => db.Experts.CountAsync(Cancellation))).ShouldBe(0);
    }

    [Fact]
    public async Task A_sent_message_arrives_with_its_subject_both_parts_its_attachment_and_its_message_id()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        var pdf = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();
        var ids = await EnqueueAsync([new EmailMessage(
            "ada@experts.example",
            "Ada Lovelace",
            "Your offer from Zürich – 1 500 €",
            "<p>Dear Ada,</p><p><a href=\"https://expertnetwork.test/offers/42\">Accept the offer</a></p>",
            "Dear Ada,\n\nAccept the offer: https://expertnetwork.test/offers/42\n",
            [new EmailAttachment("offer.pdf", "application/pdf", pdf)])]);

        var result = await DispatchAsync(Smtp(smtp));

        result.ShouldBe(new OutboxDispatchResult(1, 1, 0, 0, 0));
        var mail = smtp.Received.ShouldHaveSingleItem();
        mail.EnvelopeFrom.ShouldBe("no-reply@expertnetwork.test");
        mail.Recipients.ShouldBe(["ada@experts.example"]);
        var message = mail.Message;
        message.Subject.ShouldBe("Your offer from Zürich – 1 500 €");
        message.MessageId.ShouldBe(Bare(ids[0]));
        message.To.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("Ada Lovelace");
        message.From.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("no-reply@expertnetwork.test");
        message.TextBody.ShouldNotBeNull().ShouldContain("Accept the offer: https://expertnetwork.test/offers/42");
        message.HtmlBody.ShouldNotBeNull().ShouldContain("<a href=\"https://expertnetwork.test/offers/42\">Accept the offer</a>");
        message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment).Select(p => p.ContentType.MimeType)
            .ShouldBe(["text/plain", "text/html"]);
        var attachment = message.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("offer.pdf");
        attachment.ContentType.MimeType.ShouldBe("application/pdf");
        using var content = new MemoryStream();
        await attachment.Content.ShouldNotBeNull().DecodeToAsync(content, Cancellation);
        content.ToArray().ShouldBe(pdf);

        var stored = await ReadAsync(db => db.OutboxMessages.Include(m => m.Attempts).SingleAsync(Cancellation));
        stored.Status.ShouldBe(OutboxStatus.Sent);
        stored.SentUtc.ShouldNotBeNull();
        stored.ClaimedBy.ShouldBeNull();
        stored.Attempts.ShouldHaveSingleItem().Outcome.ShouldBe(OutboxAttemptOutcome.Sent);
        _metrics.OutboxDepth.ShouldBe(0);
    }

    [Fact]
    public async Task A_calendar_invite_arrives_as_an_inline_request_that_parses_back_with_its_uid_sequence_and_zone()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        var invite = new CalendarInvites(Clock).Request(WarsawSprint(sequence: 0));
        await EnqueueAsync([InviteMail("Sprint invitation: Knee implant usability", invite)]);

        (await DispatchAsync(Smtp(smtp))).Sent.ShouldBe(1);

        var message = smtp.Received.ShouldHaveSingleItem().Message;
        var calendarPart = message.BodyParts.OfType<TextPart>().Where(p => p.ContentType.IsMimeType("text", "calendar")).ShouldHaveSingleItem();
        calendarPart.ContentType.Parameters["method"].ShouldBe("REQUEST");
        calendarPart.ContentType.Charset.ShouldBe("utf-8", StringCompareShould.IgnoreCase);
        calendarPart.IsAttachment.ShouldBeFalse();
        // Outlook and Gmail show the Accept/Decline bar for a text/calendar alternative of the body.
        var alternative = message.Body.ShouldBeOfType<Multipart>().OfType<MultipartAlternative>().ShouldHaveSingleItem();
        alternative.Select(p => p.ContentType.MimeType).ShouldBe(["text/plain", "text/html", "text/calendar"]);
        message.TextBody.ShouldNotBeNull().ShouldContain("Knee implant usability");
        var file = message.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        file.FileName.ShouldBe("invite.ics");
        file.ContentType.MimeType.ShouldBe("application/ics");

        var calendar = Ical.Net.Calendar.Load(calendarPart.Text).ShouldNotBeNull();
        calendar.Method.ShouldBe("REQUEST");
        calendar.TimeZones.ShouldHaveSingleItem().TzId.ShouldBe("Europe/Warsaw");
        var sprint = calendar.Events.ShouldHaveSingleItem();
        sprint.Uid.ShouldBe(CalendarInvites.UidFor("77", "1203"));
        sprint.Sequence.ShouldBe(0);
        sprint.DtStart.ShouldNotBeNull().TzId.ShouldBe("Europe/Warsaw");
        sprint.DtStart.Value.ShouldBe(new DateTime(2026, 3, 28, 9, 0, 0));
        sprint.DtStart.AsUtc.ShouldBe(new DateTime(2026, 3, 28, 8, 0, 0, DateTimeKind.Utc));
        sprint.Attendees.ShouldHaveSingleItem().Value.ShouldBe(new Uri("mailto:zofia@experts.example"));
    }

    [Fact]
    public async Task A_calendar_cancellation_arrives_as_an_inline_cancel_of_the_same_event_with_a_higher_sequence()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        var cancel = new CalendarInvites(Clock).Cancel(WarsawSprint(sequence: 1));
        await EnqueueAsync([InviteMail("Sprint cancelled: Knee implant usability", cancel)]);

        (await DispatchAsync(Smtp(smtp))).Sent.ShouldBe(1);

        var message = smtp.Received.ShouldHaveSingleItem().Message;
        var calendarPart = message.BodyParts.OfType<TextPart>().Where(p => p.ContentType.IsMimeType("text", "calendar")).ShouldHaveSingleItem();
        calendarPart.ContentType.Parameters["method"].ShouldBe("CANCEL");
        message.Attachments.OfType<MimePart>().ShouldHaveSingleItem().FileName.ShouldBe("cancel.ics");
        var calendar = Ical.Net.Calendar.Load(calendarPart.Text).ShouldNotBeNull();
        calendar.Method.ShouldBe("CANCEL");
        var sprint = calendar.Events.ShouldHaveSingleItem();
        sprint.Uid.ShouldBe(CalendarInvites.UidFor("77", "1203"));
        sprint.Sequence.ShouldBe(1);
        sprint.Status.ShouldBe("CANCELLED");
        sprint.DtStart.ShouldNotBeNull().TzId.ShouldBe("Europe/Warsaw");
        sprint.DtStart.Value.ShouldBe(new DateTime(2026, 3, 28, 9, 0, 0));
    }

    [Fact]
    public async Task With_the_server_down_500_queued_messages_wait_and_once_it_is_back_all_arrive_exactly_once()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        await smtp.GoDownAsync();
        var ids = await EnqueueAsync(Enumerable.Range(1, 500).Select(i => Mail($"expert{i}@experts.example")));
        var transport = Smtp(smtp);

        (await DispatchUntilIdleAsync(transport, "node-a", batchSize: 100)).ShouldBe(500);

        var waiting = await ReadAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync(Cancellation));
        waiting.ShouldAllBe(m => m.Status == OutboxStatus.Pending && m.AttemptCount == 1 && m.LastError != null);
        // PostgreSQL keeps microseconds, the test clock has ticks.
        var due = Clock.UtcNow + OutboxMessage.FirstRetryDelay;
        waiting.ShouldAllBe(m => (m.NextAttemptUtc - due).Duration() < TimeSpan.FromMilliseconds(1));
        (await ReadAsync(db => db.Set<OutboxAttempt>().CountAsync(a => a.Outcome == OutboxAttemptOutcome.TransientFailure, Cancellation))).ShouldBe(500);
        _metrics.OutboxDepth.ShouldBe(500);
        smtp.Received.ShouldBeEmpty();

        smtp.Resume();
        (await DispatchUntilIdleAsync(transport, "node-a", batchSize: 100)).ShouldBe(0, "nothing is due before the backoff has passed");
        Clock.Advance(OutboxMessage.FirstRetryDelay);
        (await DispatchUntilIdleAsync(transport, "node-a", batchSize: 100)).ShouldBe(500);

        smtp.Received.Count.ShouldBe(500);
        smtp.Received.Select(r => r.Message.MessageId).ShouldBe(ids.Select(Bare), ignoreOrder: true);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent && m.AttemptCount == 2, Cancellation))).ShouldBe(500);
        _metrics.OutboxDepth.ShouldBe(0);
    }

    [Fact]
    public async Task A_poison_message_is_dead_lettered_after_one_attempt_while_the_others_flow()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        smtp.Refuse("poison@experts.example", "550 5.1.1 <poison@experts.example>: Recipient address rejected");
        var ids = await EnqueueAsync(new[] { Mail("poison@experts.example") }.Concat(Enumerable.Range(1, 9).Select(i => Mail($"expert{i}@experts.example"))));

        var result = await DispatchAsync(Smtp(smtp));

        result.ShouldBe(new OutboxDispatchResult(10, 9, 0, 1, 0));
        smtp.Received.Count.ShouldBe(9);
        smtp.Received.Select(r => r.Message.MessageId).ShouldBe(ids.Skip(1).Select(Bare), ignoreOrder: true);
        var poison = await ReadAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == "poison@experts.example", Cancellation));
        poison.Status.ShouldBe(OutboxStatus.DeadLettered);
        poison.AttemptCount.ShouldBe(1);
        poison.LastError.ShouldNotBeNull().ShouldContain("550");

        Clock.Advance(TimeSpan.FromHours(2));
        (await DispatchAsync(Smtp(smtp))).Claimed.ShouldBe(0);
    }

    [Fact]
    public async Task A_temporary_refusal_defers_the_message_with_backoff_until_the_server_accepts_it()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        smtp.Refuse("busy@experts.example", "451 4.3.2 Mailbox busy, try later");
        var ids = await EnqueueAsync([Mail("busy@experts.example")]);

        (await DispatchAsync(Smtp(smtp))).ShouldBe(new OutboxDispatchResult(1, 0, 1, 0, 0));
        Clock.Advance(OutboxMessage.RetryDelay(1));
        (await DispatchAsync(Smtp(smtp))).Deferred.ShouldBe(1);
        var deferred = await ReadAsync(db => db.OutboxMessages.SingleAsync(Cancellation));
        (deferred.Status, deferred.AttemptCount).ShouldBe((OutboxStatus.Pending, 2));
        deferred.LastError.ShouldNotBeNull().ShouldContain("451");

        smtp.Accept("busy@experts.example");
        Clock.Advance(OutboxMessage.RetryDelay(1));
        (await DispatchAsync(Smtp(smtp))).Claimed.ShouldBe(0, "the second failure waits two minutes");
        Clock.Advance(OutboxMessage.RetryDelay(1));
        (await DispatchAsync(Smtp(smtp))).Sent.ShouldBe(1);
        smtp.Received.ShouldHaveSingleItem().Message.MessageId.ShouldBe(Bare(ids[0]));
    }

    [Fact]
    public async Task A_connection_lost_after_the_data_marks_the_message_ambiguous_and_it_is_not_resent()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        smtp.DropConnectionAfterDataFor("lost@experts.example");
        var ids = await EnqueueAsync([Mail("first@experts.example"), Mail("lost@experts.example"), Mail("last@experts.example")]);

        var result = await DispatchAsync(Smtp(smtp));

        result.ShouldBe(new OutboxDispatchResult(3, 2, 0, 0, 1));
        smtp.DroppedAfterData.ShouldHaveSingleItem().Message.MessageId.ShouldBe(Bare(ids[1]));
        smtp.Received.Count.ShouldBe(2);
        var lost = await ReadAsync(db => db.OutboxMessages.Include(m => m.Attempts).SingleAsync(m => m.ToAddress == "lost@experts.example", Cancellation));
        lost.Status.ShouldBe(OutboxStatus.Ambiguous);
        lost.Attempts.ShouldHaveSingleItem().Outcome.ShouldBe(OutboxAttemptOutcome.Ambiguous);

        Clock.Advance(TimeSpan.FromDays(1));
        (await DispatchAsync(Smtp(smtp))).Claimed.ShouldBe(0);
        smtp.DroppedAfterData.Count.ShouldBe(1);
        smtp.Received.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Two_dispatchers_running_at_once_send_each_message_exactly_once()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        var ids = await EnqueueAsync(Enumerable.Range(1, 200).Select(i => Mail($"expert{i}@experts.example")));
        var transport = Smtp(smtp);

        var claimed = await Task.WhenAll(
            Task.Run(() => DispatchUntilIdleAsync(transport, "node-a", batchSize: 10), Cancellation),
            Task.Run(() => DispatchUntilIdleAsync(transport, "node-b", batchSize: 10), Cancellation));

        claimed.Sum().ShouldBe(200);
        smtp.Received.Count.ShouldBe(200);
        smtp.Received.Select(r => r.Message.MessageId).ShouldBe(ids.Select(Bare), ignoreOrder: true);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent && m.AttemptCount == 1, Cancellation))).ShouldBe(200);
    }

    [Fact]
    public async Task A_claim_left_by_a_crashed_sender_is_taken_over_once_it_expires()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        var ids = await EnqueueAsync([Mail("ada@experts.example")]);
        await ChangeAsync(async db => (await db.OutboxMessages.SingleAsync(Cancellation)).Claim("crashed-node/run", Clock.UtcNow));

        (await DispatchAsync(Smtp(smtp))).Claimed.ShouldBe(0);
        Clock.Advance(OutboxMessage.ClaimDuration);
        (await DispatchAsync(Smtp(smtp))).Sent.ShouldBe(1);

        smtp.Received.ShouldHaveSingleItem().Message.MessageId.ShouldBe(Bare(ids[0]));
    }

    [Fact]
    public async Task Without_an_smtp_server_the_pickup_transport_writes_readable_eml_files()
    {
        var directory = Path.Combine(Path.GetTempPath(), "expertnetwork-pickup-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var ids = await EnqueueAsync([Mail("ada@experts.example"), Mail("grace@experts.example")]);

            var result = await DispatchAsync(new PickupDirectoryMailTransport(directory));

            result.Sent.ShouldBe(2);
            var files = Directory.GetFiles(directory);
            files.Select(Path.GetFileName).ShouldBe(ids.Select(id => Bare(id) + ".eml"), ignoreOrder: true);
            foreach (var file in files)
            {
                using var message = await MimeMessage.LoadAsync(file, Cancellation);
                message.Subject.ShouldBe("Sprint invite");
                Path.GetFileName(file).ShouldBe(message.MessageId + ".eml");
                message.TextBody.ShouldNotBeNull().ShouldContain("Join the sprint");
                message.HtmlBody.ShouldNotBeNull().ShouldContain("<strong>Join</strong>");
            }
        }
        finally
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
    }

    private static CalendarEventRequest WarsawSprint(int sequence) => new(
        SprintId: "77",
        ExpertId: "1203",
        Sequence: sequence,
        OrganizerEmail: "sprints@expertnetwork.test",
        OrganizerName: "ExpertNetwork Sprints",
        AttendeeEmail: "zofia@experts.example",
        AttendeeName: "Dr Zofia Łukasiewicz",
        Summary: "Knee implant usability sprint",
        Description: "Three days with the product team.",
        Url: new Uri("https://expertnetwork.test/sprints/77"),
        StartLocal: new DateTime(2026, 3, 28, 9, 0, 0),
        EndLocal: new DateTime(2026, 3, 30, 17, 0, 0),
        TimeZoneId: "Europe/Warsaw");

    private static EmailMessage InviteMail(string subject, CalendarAttachment calendar) => new(
        "zofia@experts.example",
        "Dr Zofia Łukasiewicz",
        subject,
        "<p>Knee implant usability sprint, 28–30 March 2026, 09:00 Warsaw time.</p>",
        "Knee implant usability sprint, 28–30 March 2026, 09:00 Warsaw time.\n",
        [new EmailAttachment(calendar.FileName, calendar.MimeType, System.Text.Encoding.UTF8.GetBytes(calendar.Content))]);

    private static EmailMessage Mail(string to) =>
        new(to, null, "Sprint invite", "<p><strong>Join</strong> the sprint</p>", "Join the sprint");

    private static string Bare(string messageId) => messageId.Trim('<', '>');

    private static SmtpMailTransport Smtp(LoopbackSmtpServer server) => new(new SmtpOptions
    {
        Host = server.Host,
        Port = server.Port,
        Security = SmtpSecurity.None,
        Timeout = TimeSpan.FromSeconds(15),
    });

    private Task<List<string>> EnqueueAsync(IEnumerable<EmailMessage> messages) => App.RunAsync(async services =>
    {
        var db = services.Db();
        var outbox = new EmailOutbox(db, Clock);
        var ids = messages.Select(outbox.Enqueue).ToList();
        await db.SaveChangesAsync(Cancellation);
        return ids;
    });

    private Task<OutboxDispatchResult> DispatchAsync(IMailTransport transport, string node = "node-a", int batchSize = 50) =>
        App.RunAsync(services =>
            new OutboxDispatcher(services.Db(), Clock, transport, Options, _metrics, NullLogger<OutboxDispatcher>.Instance, node)
                .DispatchDueAsync(batchSize, Cancellation));

    /// <summary>Runs the dispatcher until a run claims nothing; returns how many messages it claimed in all.</summary>
    private async Task<int> DispatchUntilIdleAsync(IMailTransport transport, string node, int batchSize)
    {
        var total = 0;
        for (var run = 0; run < 1000; run++)
        {
            var result = await DispatchAsync(transport, node, batchSize);
            if (result.Claimed == 0)
                return total;
            total += result.Claimed;
        }
        throw new InvalidOperationException("The dispatcher never ran out of due messages.");
    }
}
