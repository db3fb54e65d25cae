using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Messaging;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Messaging;

public sealed class OutboxMessageTests
{
    private const string Node = "web-1/run-1";

    private static OutboxMessage Queue(DateTime? now = null) => OutboxMessage.Create(
        " Ada@Experts.Example ", "Ada Lovelace", "Your offer", "<p>Hello</p>", "Hello", now ?? TestClock.Now,
        [("offer.pdf", "application/pdf", new byte[] { 1, 2, 3 })]);

    private static OutboxMessage Claimed(DateTime? now = null)
    {
        var message = Queue(now);
        message.Claim(Node, now ?? TestClock.Now);
        return message;
    }

    [Fact]
    public void A_new_message_is_pending_now_with_a_stable_message_id_and_its_attachments()
    {
        var message = Queue();

        message.Status.ShouldBe(OutboxStatus.Pending);
        message.ToAddress.ShouldBe("ada@experts.example");
        message.NextAttemptUtc.ShouldBe(TestClock.Now);
        message.MessageId.ShouldBe($"<{message.Id:N}@expertnetwork>");
        message.AttemptCount.ShouldBe(0);
        message.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("offer.pdf");
        message.Attachments[0].OutboxMessageId.ShouldBe(message.Id);
        message.PendingActions.ShouldBe(["Queued"]);
    }

    [Fact]
    public void An_invalid_recipient_is_refused_when_queued()
    {
        Should.Throw<Refusal>(() => OutboxMessage.Create("not-an-address", null, "S", "<p/>", "t", TestClock.Now));
    }

    [Fact]
    public void Claiming_marks_it_sending_by_the_node_until_the_claim_expires()
    {
        var message = Claimed();

        message.Status.ShouldBe(OutboxStatus.Sending);
        message.ClaimedBy.ShouldBe(Node);
        message.ClaimExpiresUtc.ShouldBe(TestClock.Now + TimeSpan.FromMinutes(5));
        message.IsClaimable(TestClock.Now.AddMinutes(4)).ShouldBeFalse();
        Should.Throw<Refusal>(() => message.Claim("web-2/run-9", TestClock.Now.AddMinutes(4)));
    }

    [Fact]
    public void A_crashed_senders_claim_can_be_taken_over_once_it_has_expired()
    {
        var message = Claimed();

        message.Claim("web-2/run-9", TestClock.Now.AddMinutes(5));

        message.ClaimedBy.ShouldBe("web-2/run-9");
        Should.Throw<Refusal>(() => message.MarkSent(Node, TestClock.Now.AddMinutes(6)));
    }

    [Fact]
    public void A_message_not_yet_due_cannot_be_claimed()
    {
        var message = Queue(TestClock.Now.AddMinutes(1));

        message.IsClaimable(TestClock.Now).ShouldBeFalse();
        Should.Throw<Refusal>(() => message.Claim(Node, TestClock.Now));
    }

    [Fact]
    public void Sending_records_the_attempt_and_releases_the_claim()
    {
        var message = Claimed();
        var at = TestClock.Now.AddSeconds(2);

        message.MarkSent(Node, at);

        message.Status.ShouldBe(OutboxStatus.Sent);
        message.SentUtc.ShouldBe(at);
        message.AttemptCount.ShouldBe(1);
        message.ClaimedBy.ShouldBeNull();
        message.ClaimExpiresUtc.ShouldBeNull();
        var attempt = message.Attempts.ShouldHaveSingleItem();
        (attempt.Number, attempt.Outcome, attempt.AttemptedUtc, attempt.Node).ShouldBe((1, OutboxAttemptOutcome.Sent, at, Node));
        message.PendingActions.ShouldBe(["Queued", "Sent"]);
    }

    [Fact]
    public void An_outcome_needs_a_claim_by_the_same_node()
    {
        Should.Throw<Refusal>(() => Queue().MarkSent(Node, TestClock.Now));
        Should.Throw<Refusal>(() => Claimed().MarkSent("someone-else", TestClock.Now));
        var sent = Claimed();
        sent.MarkSent(Node, TestClock.Now);
        Should.Throw<Refusal>(() => sent.MarkTransientFailure(Node, "again", TestClock.Now));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(30, 60)]
    public void The_retry_delay_doubles_from_one_minute_up_to_an_hour(int failedAttempts, int minutes)
    {
        OutboxMessage.RetryDelay(failedAttempts).ShouldBe(TimeSpan.FromMinutes(minutes));
    }

    [Fact]
    public void A_transient_failure_puts_it_back_to_pending_after_the_backoff()
    {
        var message = Claimed();

        message.MarkTransientFailure(Node, "451 try later", TestClock.Now);

        message.Status.ShouldBe(OutboxStatus.Pending);
        message.NextAttemptUtc.ShouldBe(TestClock.Now.AddMinutes(1));
        message.LastError.ShouldBe("451 try later");
        message.ClaimedBy.ShouldBeNull();
        message.Attempts.ShouldHaveSingleItem().Outcome.ShouldBe(OutboxAttemptOutcome.TransientFailure);
        message.IsClaimable(TestClock.Now.AddSeconds(59)).ShouldBeFalse();
        message.IsClaimable(TestClock.Now.AddMinutes(1)).ShouldBeTrue();
    }

    [Fact]
    public void After_the_maximum_number_of_transient_failures_it_is_dead_lettered()
    {
        var message = Queue();
        var now = TestClock.Now;
        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            message.Claim(Node, now);
            message.MarkTransientFailure(Node, $"failure {attempt}", now);
            now = message.NextAttemptUtc;
        }

        message.Status.ShouldBe(OutboxStatus.DeadLettered);
        message.AttemptCount.ShouldBe(OutboxMessage.MaxAttempts);
        message.LastError.ShouldBe($"failure {OutboxMessage.MaxAttempts}");
        message.Attempts.Count.ShouldBe(OutboxMessage.MaxAttempts);
    }

    [Fact]
    public void A_permanent_failure_dead_letters_it_at_once()
    {
        var message = Claimed();

        message.MarkPermanentFailure(Node, "550 no such user", TestClock.Now);

        message.Status.ShouldBe(OutboxStatus.DeadLettered);
        message.AttemptCount.ShouldBe(1);
        message.IsClaimable(TestClock.Now.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void An_ambiguous_message_is_never_claimable_again_on_its_own()
    {
        var message = Claimed();

        message.MarkAmbiguous(Node, "connection lost after data", TestClock.Now);

        message.Status.ShouldBe(OutboxStatus.Ambiguous);
        message.IsClaimable(TestClock.Now.AddDays(30)).ShouldBeFalse();
    }

    [Fact]
    public void An_admin_can_requeue_a_dead_lettered_or_ambiguous_message_with_a_fresh_set_of_attempts()
    {
        var dead = Claimed();
        dead.MarkPermanentFailure(Node, "550", TestClock.Now);
        var ambiguous = Claimed();
        ambiguous.MarkAmbiguous(Node, "lost", TestClock.Now);
        var later = TestClock.Now.AddHours(3);

        dead.Requeue(later);
        ambiguous.Requeue(later);

        foreach (var message in new[] { dead, ambiguous })
        {
            message.Status.ShouldBe(OutboxStatus.Pending);
            message.NextAttemptUtc.ShouldBe(later);
            message.AttemptCount.ShouldBe(0);
            message.PendingActions[^1].ShouldBe("Requeued");
        }
    }

    [Fact]
    public void Only_a_dead_lettered_or_ambiguous_message_can_be_requeued()
    {
        Should.Throw<Refusal>(() => Queue().Requeue(TestClock.Now));
        var sent = Claimed();
        sent.MarkSent(Node, TestClock.Now);
        Should.Throw<Refusal>(() => sent.Requeue(TestClock.Now));
    }

    [Fact]
    public void A_long_error_is_cut_to_the_stored_length()
    {
        var message = Claimed();

        message.MarkTransientFailure(Node, new string('x', 5000), TestClock.Now);

        message.LastError!.Length.ShouldBe(TextLimits.Note);
    }

    [Fact]
    public void Once_sent_the_stored_copy_holds_no_one_time_link_but_keeps_the_rest_of_the_mail()
    {
        var token = LinkToken.Create().Value;
        var message = OutboxMessage.Create("ada@experts.example", "Ada", "Please sign",
            $"<p>Sign here: <a href=\"https://app.example/nda/{token}\">https://app.example/nda/{token}</a></p>",
            $"Sign here: https://app.example/nda/{token}\nQuestions? Reply to this message.", TestClock.Now,
            [("invite.ics", "text/calendar; method=REQUEST", System.Text.Encoding.UTF8.GetBytes($"URL:https://app.example/portal/link/{token}")),
             ("offer.pdf", "application/pdf", new byte[] { 1, 2, 3 })]);
        message.Claim(Node, TestClock.Now);
        message.HtmlBody.ShouldContain(token, customMessage: "a pending mail holds its link until it is sent");

        message.MarkSent(Node, TestClock.Now);

        message.HtmlBody.ShouldNotContain(token);
        message.TextBody.ShouldNotContain(token);
        message.TextBody.ShouldBe($"Sign here: https://app.example/nda/{LinkToken.RedactedMarker}\nQuestions? Reply to this message.");
        System.Text.Encoding.UTF8.GetString(message.Attachments[0].Content).ShouldBe($"URL:https://app.example/portal/link/{LinkToken.RedactedMarker}");
        message.Attachments[1].Content.ShouldBe(new byte[] { 1, 2, 3 });
        message.Subject.ShouldBe("Please sign");
    }

    [Fact]
    public void A_failed_attempt_keeps_the_link_so_the_retry_or_an_admins_resend_still_works()
    {
        var token = LinkToken.Create().Value;
        var message = OutboxMessage.Create("ada@experts.example", null, "Offer", $"<a href=\"https://app.example/offers/{token}\">Open</a>", $"https://app.example/offers/{token}", TestClock.Now);
        message.Claim(Node, TestClock.Now);

        message.MarkPermanentFailure(Node, "550 no such user", TestClock.Now);

        message.TextBody.ShouldContain(token);
    }
}
