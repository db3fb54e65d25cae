using ExpertNetwork.Application.Auditing;
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
    public async Task Once_sent_the_one_time_link_is_only_in_the_recipients_mail_and_the_audit_trail_knows_bodies_by_hash()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        var token = Domain.Compliance.LinkToken.Create().Value;
        var link = $"https://expertnetwork.test/nda/{token}";
        await EnqueueAsync([new EmailMessage("ada@experts.example", "Ada", "Please sign", $"<p><a href=\"{link}\">Sign</a></p>", $"Sign: {link}\n")]);

        (await DispatchAsync(Smtp(smtp))).Sent.ShouldBe(1);

        smtp.Received.ShouldHaveSingleItem().Message.TextBody.ShouldNotBeNull().ShouldContain(link);
        var stored = await ReadAsync(db => db.OutboxMessages.SingleAsync(Cancellation));
        stored.TextBody.ShouldBe($"Sign: https://expertnetwork.test/nda/{Domain.Compliance.LinkToken.RedactedMarker}\n");
        stored.HtmlBody.ShouldNotContain(token);
        var events = await ReadAsync(db => db.AuditEvents.Where(e => e.EntityType == nameof(OutboxMessage)).OrderBy(e => e.Sequence).ToListAsync(Cancellation));
        events.Select(e => e.Action).ShouldBe(["Queued", "Sent"]);
        foreach (var e in events)
        {
            (e.Before + e.After).ShouldNotContain(token);
            (e.Before + e.After).ShouldNotContain("Sign:");
        }
        var queued = System.Text.Json.JsonDocument.Parse(events[0].After!).RootElement;
        queued.GetProperty(nameof(OutboxMessage.TextBody)).GetString().ShouldStartWith("sha256:");
        queued.GetProperty(nameof(OutboxMessage.HtmlBody)).GetString().ShouldStartWith("sha256:");
        queued.GetProperty(nameof(OutboxMessage.Subject)).GetString().ShouldBe("Please sign");
        System.Text.Json.JsonDocument.Parse(events[1].After!).RootElement.GetProperty(nameof(OutboxMessage.TextBody)).GetString().ShouldStartWith("sha256:");
        (await App.RunAsync(s => s.Get<VerifyAuditTrailHandler>().HandleAsync(Cancellation))).IsIntact.ShouldBeTrue();
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
    public async Task A_batch_goes_out_over_one_smtp_connection_and_every_outcome_is_in_the_audit_trail()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        var ids = await EnqueueAsync(Enumerable.Range(1, 50).Select(i => Mail($"expert{i}@experts.example")));

        var result = await DispatchAsync(Smtp(smtp), batchSize: 50);

        result.ShouldBe(new OutboxDispatchResult(50, 50, 0, 0, 0));
        smtp.Connections.ShouldBe(1);
        smtp.Received.Select(r => r.Message.MessageId).ShouldBe(ids.Select(Bare), ignoreOrder: true);
        var messageIds = (await ReadAsync(db => db.OutboxMessages.Select(m => m.Id).ToListAsync(Cancellation))).Select(id => id.ToString()).ToList();
        (await OutcomeEventsAsync()).ShouldBe(messageIds.Select(id => (id, "Sent")), ignoreOrder: true);
        (await VerifyAuditTrailAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task Refused_cut_and_lost_messages_in_the_middle_of_a_batch_each_get_their_own_outcome_and_the_rest_go_out_over_a_new_connection()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        smtp.Refuse("poison@experts.example", "550 5.1.1 <poison@experts.example>: Recipient address rejected");
        smtp.Refuse("busy@experts.example", "451 4.3.2 Mailbox busy, try later");
        smtp.DropConnectionAtRecipient("cut@experts.example");
        smtp.DropConnectionAfterDataFor("lost@experts.example");
        // Queued one after the other, so the batch sends them in this order.
        var ids = new List<string>();
        foreach (var name in new[] { "ok1", "poison", "ok2", "busy", "ok3", "cut", "ok4", "lost", "ok5" })
        {
            ids.AddRange(await EnqueueAsync([Mail($"{name}@experts.example")]));
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var result = await DispatchAsync(Smtp(smtp), batchSize: 50);

        result.ShouldBe(new OutboxDispatchResult(9, 5, 2, 1, 1));
        // The refusals keep the connection; the cut and the lost one each cost it, and the next message reconnects.
        smtp.Connections.ShouldBe(3);
        smtp.Received.Select(r => r.Message.MessageId).ShouldBe([Bare(ids[0]), Bare(ids[2]), Bare(ids[4]), Bare(ids[6]), Bare(ids[8])]);
        var stored = (await ReadAsync(db => db.OutboxMessages.Include(m => m.Attempts).AsNoTracking().ToListAsync(Cancellation)))
            .ToDictionary(m => m.ToAddress[..m.ToAddress.IndexOf('@', StringComparison.Ordinal)]);
        foreach (var ok in new[] { "ok1", "ok2", "ok3", "ok4", "ok5" })
            (stored[ok].Status, stored[ok].Attempts.ShouldHaveSingleItem().Outcome).ShouldBe((OutboxStatus.Sent, OutboxAttemptOutcome.Sent));
        (stored["poison"].Status, stored["poison"].Attempts.ShouldHaveSingleItem().Outcome).ShouldBe((OutboxStatus.DeadLettered, OutboxAttemptOutcome.PermanentFailure));
        (stored["busy"].Status, stored["busy"].Attempts.ShouldHaveSingleItem().Outcome).ShouldBe((OutboxStatus.Pending, OutboxAttemptOutcome.TransientFailure));
        (stored["cut"].Status, stored["cut"].Attempts.ShouldHaveSingleItem().Outcome).ShouldBe((OutboxStatus.Pending, OutboxAttemptOutcome.TransientFailure));
        (stored["lost"].Status, stored["lost"].Attempts.ShouldHaveSingleItem().Outcome).ShouldBe((OutboxStatus.Ambiguous, OutboxAttemptOutcome.Ambiguous));
        stored["poison"].LastError.ShouldNotBeNull().ShouldContain("550");
        stored["busy"].LastError.ShouldNotBeNull().ShouldContain("451");
        stored["cut"].LastError.ShouldNotBeNull().ShouldContain("before the message was sent");
        stored.Values.ShouldAllBe(m => m.ClaimedBy == null);

        var events = (await OutcomeEventsAsync()).ToDictionary(e => e.EntityId, e => e.Action);
        events.Count.ShouldBe(9);
        events[stored["ok3"].Id.ToString()].ShouldBe("Sent");
        events[stored["poison"].Id.ToString()].ShouldBe("DeadLettered");
        events[stored["busy"].Id.ToString()].ShouldBe("Deferred");
        events[stored["cut"].Id.ToString()].ShouldBe("Deferred");
        events[stored["lost"].Id.ToString()].ShouldBe("Ambiguous");
        (await VerifyAuditTrailAsync()).IsIntact.ShouldBeTrue();

        smtp.Accept("busy@experts.example");
        Clock.Advance(OutboxMessage.FirstRetryDelay);
        (await DispatchAsync(Smtp(smtp))).ShouldBe(new OutboxDispatchResult(2, 1, 1, 0, 0), "only the two deferred messages are due; the cut one is cut again");
        smtp.Received.Count.ShouldBe(6);
        smtp.DroppedAfterData.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_batch_that_outlasts_half_its_claim_stops_sending_and_leaves_the_rest_to_the_next_run()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        var ids = await EnqueueAsync(Enumerable.Range(1, 10).Select(i => Mail($"expert{i}@experts.example")));
        // A server that takes a minute per message: after three, half of the five-minute claim has passed.
        var slow = new InterceptingTransport(Smtp(smtp), _ =>
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            return Task.CompletedTask;
        });

        (await DispatchAsync(slow, batchSize: 10)).ShouldBe(new OutboxDispatchResult(10, 3, 0, 0, 0));

        smtp.Received.Count.ShouldBe(3);
        var left = await ReadAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Status != OutboxStatus.Sent).ToListAsync(Cancellation));
        left.Count.ShouldBe(7);
        left.ShouldAllBe(m => m.Status == OutboxStatus.Pending && m.ClaimedBy == null && m.AttemptCount == 0);

        (await DispatchAsync(Smtp(smtp), batchSize: 10)).ShouldBe(new OutboxDispatchResult(7, 7, 0, 0, 0));
        smtp.Received.Select(r => r.Message.MessageId).ShouldBe(ids.Select(Bare), ignoreOrder: true);
    }

    [Fact]
    public async Task A_message_taken_over_by_another_node_during_a_batch_is_left_to_it_and_the_rest_of_the_batch_is_recorded()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        await EnqueueAsync([Mail("first@experts.example"), Mail("stalled@experts.example"), Mail("last@experts.example")]);
        // While this batch is sending, the claim on one message is taken for expired by node b (clocks drift).
        var contested = new InterceptingTransport(Smtp(smtp), async message =>
        {
            if (message.To.Mailboxes.Single().Address != "stalled@experts.example")
                return;
            await ChangeAsync(async db => (await db.OutboxMessages.SingleAsync(m => m.ToAddress == "stalled@experts.example", Cancellation))
                .Claim("node-b/run", Clock.UtcNow + OutboxMessage.ClaimDuration));
        });

        var result = await DispatchAsync(contested, batchSize: 10);

        result.ShouldBe(new OutboxDispatchResult(3, 2, 0, 0, 0));
        var stored = await ReadAsync(db => db.OutboxMessages.Include(m => m.Attempts).AsNoTracking().ToDictionaryAsync(m => m.ToAddress, Cancellation));
        stored["first@experts.example"].Status.ShouldBe(OutboxStatus.Sent);
        stored["last@experts.example"].Status.ShouldBe(OutboxStatus.Sent);
        var stalled = stored["stalled@experts.example"];
        (stalled.Status, stalled.ClaimedBy, stalled.AttemptCount).ShouldBe((OutboxStatus.Sending, "node-b/run", 0));
        stalled.Attempts.ShouldBeEmpty();
        (await OutcomeEventsAsync()).Count.ShouldBe(2);
        (await VerifyAuditTrailAsync()).IsIntact.ShouldBeTrue();
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

    /// <summary>The audit events of recorded send outcomes (not of queueing or claiming): entity id and action.</summary>
    private Task<List<(string EntityId, string Action)>> OutcomeEventsAsync() => ReadAsync(async db =>
        (await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == nameof(OutboxMessage) && e.Action != "Queued" && e.Action != "Modified")
            .Select(e => new { e.EntityId, e.Action })
            .ToListAsync(Cancellation))
        .Select(e => (e.EntityId, e.Action))
        .ToList());

    private Task<AuditVerificationResult> VerifyAuditTrailAsync() =>
        ReadAsync(db => new VerifyAuditTrailHandler(db).HandleAsync(Cancellation));

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

    /// <summary>A real transport with a hook before each send: a slow server, or another node acting meanwhile.</summary>
    private sealed class InterceptingTransport(IMailTransport inner, Func<MimeMessage, Task> beforeSend) : IMailTransport
    {
        public async Task<IMailTransportSession> OpenSessionAsync(CancellationToken cancellationToken) =>
            new Session(await inner.OpenSessionAsync(cancellationToken), beforeSend);

        private sealed class Session(IMailTransportSession inner, Func<MimeMessage, Task> beforeSend) : IMailTransportSession
        {
            public async Task<MailDeliveryResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
            {
                await beforeSend(message);
                return await inner.SendAsync(message, cancellationToken);
            }

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
