using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Engagements;

public sealed class EngagementTests
{
    private static readonly DateTime OfferedUtc = EngagementBuilder.OfferedUtc;
    private static readonly DateTime OfferExpiresUtc = EngagementBuilder.OfferExpiresUtc;
    private static readonly DateTime Later = TestClock.Utc(2026, 3, 20);

    private static Money Eur(decimal amount) => new(amount, "EUR");

    private static Engagement In(EngagementStatus status) => new EngagementBuilder().InStatus(status).Build();

    private static void Accept(Engagement engagement, DateTime nowUtc) => EngagementBuilder.Accept(engagement, nowUtc);

    [Fact]
    public void A_proposed_engagement_takes_the_request_terms_and_snapshots_the_agreed_rates()
    {
        var request = new StaffingRequestBuilder().WithHoursPerWeek(20m).Build();

        var engagement = Engagement.Propose(Guid.NewGuid(), request, new Dictionary<Activity, Money> { [Activity.Annotation] = Eur(150m), [Activity.Review] = Eur(170m) }, 3, TestClock.Now);

        engagement.Status.ShouldBe(EngagementStatus.Proposed);
        engagement.ProjectId.ShouldBe(request.ProjectId);
        engagement.Window.ShouldBe(request.Window);
        engagement.HoursCap.ShouldBe(120m);
        engagement.MatchRank.ShouldBe(3);
        engagement.PayRate.ShouldBe(Eur(150m));
        engagement.PayRateFor(Activity.Review).ShouldBe(Eur(170m));
        engagement.PayRateFor(Activity.RedTeaming).ShouldBeNull();
    }

    [Fact]
    public void A_rate_at_the_request_maximum_is_accepted()
    {
        var request = new StaffingRequestBuilder().PayingAtMost(Eur(180m)).Build();

        Engagement.Propose(Guid.NewGuid(), request, new Dictionary<Activity, Money> { [Activity.Annotation] = Eur(180m) }, null, TestClock.Now)
            .PayRate.ShouldBe(Eur(180m));
    }

    [Fact]
    public void A_rate_above_the_request_maximum_is_refused()
    {
        var request = new StaffingRequestBuilder().PayingAtMost(Eur(180m)).Build();

        Should.Throw<Refusal>(() => Engagement.Propose(Guid.NewGuid(), request, new Dictionary<Activity, Money> { [Activity.Annotation] = Eur(180.01m) }, null, TestClock.Now))
            .Message.ShouldBe("The rate 180.01 EUR is above the request's maximum of 180.00 EUR.");
    }

    [Fact]
    public void Rates_in_another_currency_than_the_request_are_refused()
    {
        var request = new StaffingRequestBuilder().Build();

        Should.Throw<Refusal>(() => Engagement.Propose(Guid.NewGuid(), request, new Dictionary<Activity, Money> { [Activity.Annotation] = new Money(150m, "USD") }, null, TestClock.Now))
            .Message.ShouldBe("Offered rates must be in EUR, the currency of the request.");
    }

    [Fact]
    public void An_expert_without_a_rate_for_the_requested_activity_cannot_be_proposed()
    {
        var request = new StaffingRequestBuilder().ForActivity(Activity.RedTeaming).Build();

        Should.Throw<Refusal>(() => Engagement.Propose(Guid.NewGuid(), request, new Dictionary<Activity, Money> { [Activity.Annotation] = Eur(150m) }, null, TestClock.Now))
            .Message.ShouldBe("The expert has no RedTeaming rate to offer.");
    }

    [Fact]
    public void A_zero_rate_for_a_secondary_activity_is_refused()
    {
        var request = new StaffingRequestBuilder().Build();
        var rates = new Dictionary<Activity, Money> { [Activity.Annotation] = Eur(150m), [Activity.Review] = Eur(0m) };

        Should.Throw<Refusal>(() => Engagement.Propose(Guid.NewGuid(), request, rates, null, TestClock.Now))
            .Message.ShouldBe("An agreed rate must be greater than zero.");
    }

    [Theory]
    [InlineData(StaffingRequestStatus.Filled)]
    [InlineData(StaffingRequestStatus.Closed)]
    public void Experts_can_only_be_proposed_for_an_open_request(StaffingRequestStatus status)
    {
        var request = new StaffingRequestBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => new EngagementBuilder().ForRequest(request).Build())
            .Message.ShouldBe("Experts can only be proposed for an open staffing request.");
    }

    [Fact]
    public void A_proposed_engagement_can_be_offered_until_a_deadline()
    {
        var engagement = In(EngagementStatus.Proposed);

        engagement.Offer(OfferExpiresUtc, OfferedUtc);

        engagement.Status.ShouldBe(EngagementStatus.Offered);
        engagement.OfferedUtc.ShouldBe(OfferedUtc);
        engagement.OfferExpiresUtc.ShouldBe(OfferExpiresUtc);
    }

    [Fact]
    public void Offering_issues_a_link_whose_hash_alone_is_kept_and_a_new_link_replaces_it()
    {
        var engagement = In(EngagementStatus.Proposed);

        var first = engagement.Offer(OfferExpiresUtc, OfferedUtc);
        engagement.OfferLinkSha256.ShouldBe(first.Sha256);
        engagement.OfferLinkSha256.ShouldNotBe(first.Value);

        var second = engagement.IssueOfferLink();
        engagement.OfferLinkSha256.ShouldBe(second.Sha256);
        second.Value.ShouldNotBe(first.Value);
    }

    [Fact]
    public void Only_an_open_offer_gets_a_new_link()
    {
        var engagement = In(EngagementStatus.Declined);

        Should.Throw<Refusal>(() => engagement.IssueOfferLink())
            .Message.ShouldBe("This engagement is declined, so it cannot be sent a new offer link.");
    }

    [Fact]
    public void The_first_view_of_an_offer_is_noted_once()
    {
        var engagement = In(EngagementStatus.Offered);

        engagement.MarkOfferOpened(OfferedUtc.AddHours(1)).ShouldBeTrue();
        engagement.MarkOfferOpened(OfferedUtc.AddHours(2)).ShouldBeFalse();

        engagement.OfferOpenedUtc.ShouldBe(OfferedUtc.AddHours(1));
        In(EngagementStatus.Proposed).MarkOfferOpened(OfferedUtc).ShouldBeFalse();
    }

    [Fact]
    public void The_deadline_reminder_is_noted_once_and_only_for_an_open_offer()
    {
        var engagement = In(EngagementStatus.Offered);

        engagement.MarkOfferReminded(OfferedUtc.AddHours(40)).ShouldBeTrue();
        engagement.MarkOfferReminded(OfferedUtc.AddHours(41)).ShouldBeFalse();

        engagement.OfferRemindedUtc.ShouldBe(OfferedUtc.AddHours(40));
        In(EngagementStatus.Declined).MarkOfferReminded(OfferedUtc).ShouldBeFalse();
    }

    [Fact]
    public void Only_an_accepted_engagement_keeps_a_contract_document_and_only_one()
    {
        var offered = In(EngagementStatus.Offered);
        var hash = TestHashes.Sha256Of("contract pdf");
        Should.Throw<Refusal>(() => offered.AttachContractPdf("contracts/x.pdf", hash))
            .Message.ShouldBe("Only an accepted engagement has a signed contract.");

        var accepted = In(EngagementStatus.Accepted);
        accepted.AttachContractPdf("contracts/x.pdf", hash.ToUpperInvariant());

        accepted.ContractPdfKey.ShouldBe("contracts/x.pdf");
        accepted.ContractPdfSha256.ShouldBe(hash);
        Should.Throw<Refusal>(() => accepted.AttachContractPdf("contracts/y.pdf", hash))
            .Message.ShouldBe("This engagement already has its contract document.");
    }

    [Fact]
    public void An_offer_deadline_in_the_past_is_refused()
    {
        var engagement = In(EngagementStatus.Proposed);

        Should.Throw<Refusal>(() => engagement.Offer(OfferedUtc, OfferedUtc))
            .Message.ShouldBe("The offer deadline must be in the future.");
        engagement.Status.ShouldBe(EngagementStatus.Proposed);
    }

    [Fact]
    public void An_offer_accepted_before_the_deadline_keeps_the_acceptance_evidence()
    {
        var engagement = In(EngagementStatus.Offered);
        var contractHash = TestHashes.Sha256Of("contract v3");

        engagement.Accept(" Anna Kowalska ", consent: true, "198.51.100.4", "Firefox", contractHash.ToUpperInvariant(), OfferedUtc.AddHours(5));

        engagement.Status.ShouldBe(EngagementStatus.Accepted);
        engagement.AcceptedByName.ShouldBe("Anna Kowalska");
        engagement.AcceptanceIp.ShouldBe("198.51.100.4");
        engagement.ContractSha256.ShouldBe(contractHash);
        engagement.DecidedUtc.ShouldBe(OfferedUtc.AddHours(5));
        engagement.HoldsSeat.ShouldBeTrue();
    }

    [Fact]
    public void An_offer_can_be_accepted_at_the_exact_deadline()
    {
        var engagement = In(EngagementStatus.Offered);

        Accept(engagement, OfferExpiresUtc);

        engagement.Status.ShouldBe(EngagementStatus.Accepted);
    }

    [Fact]
    public void Accepting_an_expired_offer_is_refused()
    {
        var engagement = In(EngagementStatus.Offered);

        Should.Throw<Refusal>(() => Accept(engagement, OfferExpiresUtc.AddSeconds(1)))
            .Message.ShouldBe("The offer has expired.");
        engagement.Status.ShouldBe(EngagementStatus.Offered);
    }

    [Fact]
    public void Accepting_without_consent_is_refused()
    {
        var engagement = In(EngagementStatus.Offered);

        Should.Throw<Refusal>(() => engagement.Accept("Anna Kowalska", consent: false, null, null, TestHashes.Sha256Of("contract"), OfferedUtc.AddHours(1)))
            .Message.ShouldBe("Please confirm that you accept the engagement terms.");
    }

    [Fact]
    public void Accepting_without_the_contract_hash_is_refused()
    {
        var engagement = In(EngagementStatus.Offered);

        Should.Throw<Refusal>(() => engagement.Accept("Anna Kowalska", consent: true, null, null, "not-a-hash", OfferedUtc.AddHours(1)))
            .Message.ShouldBe("The contract hash must be a SHA-256 hex digest.");
    }

    [Fact]
    public void An_offer_can_be_declined_with_a_reason()
    {
        var engagement = In(EngagementStatus.Offered);

        engagement.Decline("Fully booked in March", OfferedUtc.AddHours(2));

        engagement.Status.ShouldBe(EngagementStatus.Declined);
        engagement.DeclineReason.ShouldBe("Fully booked in March");
        engagement.HoldsSeat.ShouldBeFalse();
    }

    [Fact]
    public void An_unanswered_offer_expires_after_its_deadline_and_only_once()
    {
        var engagement = In(EngagementStatus.Offered);

        engagement.ExpireIfDue(OfferExpiresUtc).ShouldBeFalse();
        engagement.ExpireIfDue(OfferExpiresUtc.AddMinutes(1)).ShouldBeTrue();
        engagement.ExpireIfDue(OfferExpiresUtc.AddMinutes(2)).ShouldBeFalse();

        engagement.Status.ShouldBe(EngagementStatus.Expired);
        engagement.DecidedUtc.ShouldBe(OfferExpiresUtc.AddMinutes(1));
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed)]
    [InlineData(EngagementStatus.Accepted)]
    [InlineData(EngagementStatus.Active)]
    [InlineData(EngagementStatus.Completed)]
    [InlineData(EngagementStatus.Declined)]
    [InlineData(EngagementStatus.Withdrawn)]
    [InlineData(EngagementStatus.Cancelled)]
    public void Only_an_offered_engagement_expires(EngagementStatus status)
    {
        var engagement = In(status);

        engagement.ExpireIfDue(Later).ShouldBeFalse();

        engagement.Status.ShouldBe(status);
    }

    [Fact]
    public void An_offer_link_can_be_answered_while_the_offer_is_open_within_its_deadline_and_a_seat_is_free()
    {
        var request = new StaffingRequestBuilder().WithSeats(1).Build();
        var engagement = new EngagementBuilder().ForRequest(request).Offered().Build();

        engagement.LinkStateAt(OfferExpiresUtc, request).ShouldBe(OfferLinkState.Answerable);
        engagement.LinkStateAt(OfferExpiresUtc.AddSeconds(1), request).ShouldBe(OfferLinkState.Expired);

        request.TakeSeat(OfferedUtc.AddHours(2));
        engagement.LinkStateAt(OfferedUtc.AddHours(3), request).ShouldBe(OfferLinkState.Filled);
    }

    [Fact]
    public void An_offer_link_on_a_closed_request_can_no_longer_be_answered()
    {
        var request = new StaffingRequestBuilder().Build();
        var engagement = new EngagementBuilder().ForRequest(request).Offered().Build();

        request.Close("The client postponed the study.", OfferedUtc.AddHours(2));

        engagement.LinkStateAt(OfferedUtc.AddHours(3), request).ShouldBe(OfferLinkState.RequestClosed);
    }

    [Theory]
    [InlineData(EngagementStatus.Accepted, OfferLinkState.Accepted)]
    [InlineData(EngagementStatus.Active, OfferLinkState.Accepted)]
    [InlineData(EngagementStatus.Completed, OfferLinkState.Accepted)]
    [InlineData(EngagementStatus.Declined, OfferLinkState.Declined)]
    [InlineData(EngagementStatus.Expired, OfferLinkState.Expired)]
    [InlineData(EngagementStatus.Withdrawn, OfferLinkState.Withdrawn)]
    [InlineData(EngagementStatus.Cancelled, OfferLinkState.Withdrawn)]
    public void An_offer_link_of_an_answered_or_ended_engagement_shows_where_it_stands(EngagementStatus status, OfferLinkState state)
    {
        var request = new StaffingRequestBuilder().Build();
        var engagement = new EngagementBuilder().ForRequest(request).InStatus(status).Build();

        engagement.LinkStateAt(Later, request).ShouldBe(state);
    }

    [Fact]
    public void An_offer_withdrawn_because_every_seat_was_taken_ends_as_filled()
    {
        var engagement = In(EngagementStatus.Offered);

        engagement.WithdrawAsFilled(OfferedUtc.AddHours(3));

        engagement.Status.ShouldBe(EngagementStatus.Withdrawn);
        engagement.EndKind.ShouldBe(EngagementEndKind.Filled);
        engagement.EndReason.ShouldBe(Engagement.FilledReason);
        engagement.EndedUtc.ShouldBe(OfferedUtc.AddHours(3));
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed, null)]
    [InlineData(EngagementStatus.Offered, null)]
    [InlineData(EngagementStatus.Accepted, null)]
    [InlineData(EngagementStatus.Active, null)]
    [InlineData(EngagementStatus.Completed, EngagementEndKind.Completed)]
    [InlineData(EngagementStatus.Declined, EngagementEndKind.Declined)]
    [InlineData(EngagementStatus.Expired, EngagementEndKind.Expired)]
    [InlineData(EngagementStatus.Withdrawn, EngagementEndKind.Withdrawn)]
    [InlineData(EngagementStatus.Cancelled, EngagementEndKind.Cancelled)]
    public void An_ended_engagement_says_how_it_ended(EngagementStatus status, EngagementEndKind? kind) =>
        In(status).EndKind.ShouldBe(kind);

    [Fact]
    public void The_offer_deadline_rule_for_queries_is_the_rule_in_memory()
    {
        foreach (var engagement in new[] { In(EngagementStatus.Proposed), In(EngagementStatus.Offered), In(EngagementStatus.Accepted) })
        {
            foreach (var now in new[] { OfferedUtc, OfferExpiresUtc, OfferExpiresUtc.AddTicks(1), Later })
                Engagement.OfferLapsedAt(now).Compile()(engagement).ShouldBe(engagement.IsOfferLapsedAt(now), $"{engagement.Status} at {now:O}");
        }
        In(EngagementStatus.Offered).IsOfferLapsedAt(OfferExpiresUtc.AddTicks(1)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed)]
    [InlineData(EngagementStatus.Offered)]
    public void A_proposed_or_offered_engagement_can_be_withdrawn(EngagementStatus status)
    {
        var engagement = In(status);

        engagement.Withdraw("The client chose another expert", OfferedUtc.AddHours(3));

        engagement.Status.ShouldBe(EngagementStatus.Withdrawn);
        engagement.EndReason.ShouldBe("The client chose another expert");
        engagement.EndedUtc.ShouldBe(OfferedUtc.AddHours(3));
    }

    [Fact]
    public void Withdrawing_needs_a_reason()
    {
        var engagement = In(EngagementStatus.Offered);

        Should.Throw<Refusal>(() => engagement.Withdraw(" ", Later))
            .Message.ShouldBe("A reason is required.");
        engagement.Status.ShouldBe(EngagementStatus.Offered);
    }

    [Fact]
    public void An_accepted_engagement_can_start()
    {
        var engagement = In(EngagementStatus.Accepted);

        engagement.Activate(Later);

        engagement.Status.ShouldBe(EngagementStatus.Active);
        engagement.ActivatedUtc.ShouldBe(Later);
    }

    [Fact]
    public void An_active_engagement_can_be_completed()
    {
        var engagement = In(EngagementStatus.Active);

        engagement.Complete(Later);

        engagement.Status.ShouldBe(EngagementStatus.Completed);
        engagement.EndedUtc.ShouldBe(Later);
        engagement.HoldsSeat.ShouldBeTrue();
        engagement.CanLogHours.ShouldBeFalse();
    }

    [Theory]
    [InlineData(EngagementStatus.Accepted)]
    [InlineData(EngagementStatus.Active)]
    public void An_accepted_or_active_engagement_can_be_cancelled(EngagementStatus status)
    {
        var engagement = In(status);

        engagement.Cancel("Expert fell ill", Later);

        engagement.Status.ShouldBe(EngagementStatus.Cancelled);
        engagement.EndReason.ShouldBe("Expert fell ill");
        engagement.HoldsSeat.ShouldBeFalse();
    }

    [Theory]
    [InlineData(EngagementStatus.Offered)]
    [InlineData(EngagementStatus.Accepted)]
    [InlineData(EngagementStatus.Active)]
    [InlineData(EngagementStatus.Completed)]
    [InlineData(EngagementStatus.Declined)]
    [InlineData(EngagementStatus.Expired)]
    [InlineData(EngagementStatus.Withdrawn)]
    [InlineData(EngagementStatus.Cancelled)]
    public void Only_a_proposed_engagement_can_be_offered(EngagementStatus status)
    {
        var engagement = In(status);

        Should.Throw<Refusal>(() => engagement.Offer(Later.AddDays(2), Later))
            .Message.ShouldBe($"This engagement is {status.ToString().ToLowerInvariant()}, so it cannot be offered.");
        engagement.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed)]
    [InlineData(EngagementStatus.Accepted)]
    [InlineData(EngagementStatus.Active)]
    [InlineData(EngagementStatus.Completed)]
    [InlineData(EngagementStatus.Declined)]
    [InlineData(EngagementStatus.Expired)]
    [InlineData(EngagementStatus.Withdrawn)]
    [InlineData(EngagementStatus.Cancelled)]
    public void Only_an_offered_engagement_can_be_accepted(EngagementStatus status)
    {
        var engagement = In(status);

        Should.Throw<Refusal>(() => Accept(engagement, OfferedUtc.AddMinutes(30)))
            .Message.ShouldBe($"This engagement is {status.ToString().ToLowerInvariant()}, so it cannot be accepted.");
        engagement.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed)]
    [InlineData(EngagementStatus.Accepted)]
    [InlineData(EngagementStatus.Active)]
    [InlineData(EngagementStatus.Completed)]
    [InlineData(EngagementStatus.Declined)]
    [InlineData(EngagementStatus.Expired)]
    [InlineData(EngagementStatus.Withdrawn)]
    [InlineData(EngagementStatus.Cancelled)]
    public void Only_an_offered_engagement_can_be_declined(EngagementStatus status)
    {
        var engagement = In(status);

        Should.Throw<Refusal>(() => engagement.Decline(null, Later))
            .Message.ShouldBe($"This engagement is {status.ToString().ToLowerInvariant()}, so it cannot be declined.");
        engagement.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(EngagementStatus.Accepted)]
    [InlineData(EngagementStatus.Active)]
    [InlineData(EngagementStatus.Completed)]
    [InlineData(EngagementStatus.Declined)]
    [InlineData(EngagementStatus.Expired)]
    [InlineData(EngagementStatus.Withdrawn)]
    [InlineData(EngagementStatus.Cancelled)]
    public void Only_a_proposed_or_offered_engagement_can_be_withdrawn(EngagementStatus status)
    {
        var engagement = In(status);

        Should.Throw<Refusal>(() => engagement.Withdraw("No longer needed", Later))
            .Message.ShouldBe($"This engagement is {status.ToString().ToLowerInvariant()}, so it cannot be withdrawn.");
        engagement.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed)]
    [InlineData(EngagementStatus.Offered)]
    [InlineData(EngagementStatus.Active)]
    [InlineData(EngagementStatus.Completed)]
    [InlineData(EngagementStatus.Declined)]
    [InlineData(EngagementStatus.Expired)]
    [InlineData(EngagementStatus.Withdrawn)]
    [InlineData(EngagementStatus.Cancelled)]
    public void Only_an_accepted_engagement_can_start(EngagementStatus status)
    {
        var engagement = In(status);

        Should.Throw<Refusal>(() => engagement.Activate(Later))
            .Message.ShouldBe($"This engagement is {status.ToString().ToLowerInvariant()}, so it cannot be started.");
        engagement.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed)]
    [InlineData(EngagementStatus.Offered)]
    [InlineData(EngagementStatus.Accepted)]
    [InlineData(EngagementStatus.Completed)]
    [InlineData(EngagementStatus.Declined)]
    [InlineData(EngagementStatus.Expired)]
    [InlineData(EngagementStatus.Withdrawn)]
    [InlineData(EngagementStatus.Cancelled)]
    public void Only_an_active_engagement_can_be_completed(EngagementStatus status)
    {
        var engagement = In(status);

        Should.Throw<Refusal>(() => engagement.Complete(Later))
            .Message.ShouldBe($"This engagement is {status.ToString().ToLowerInvariant()}, so it cannot be completed.");
        engagement.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed)]
    [InlineData(EngagementStatus.Offered)]
    [InlineData(EngagementStatus.Completed)]
    [InlineData(EngagementStatus.Declined)]
    [InlineData(EngagementStatus.Expired)]
    [InlineData(EngagementStatus.Withdrawn)]
    [InlineData(EngagementStatus.Cancelled)]
    public void Only_an_accepted_or_active_engagement_can_be_cancelled(EngagementStatus status)
    {
        var engagement = In(status);

        Should.Throw<Refusal>(() => engagement.Cancel("Budget cut", Later))
            .Message.ShouldBe($"This engagement is {status.ToString().ToLowerInvariant()}, so it cannot be cancelled.");
        engagement.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed, false, false)]
    [InlineData(EngagementStatus.Offered, false, false)]
    [InlineData(EngagementStatus.Accepted, true, true)]
    [InlineData(EngagementStatus.Active, true, true)]
    [InlineData(EngagementStatus.Completed, true, false)]
    [InlineData(EngagementStatus.Declined, false, false)]
    [InlineData(EngagementStatus.Expired, false, false)]
    [InlineData(EngagementStatus.Withdrawn, false, false)]
    [InlineData(EngagementStatus.Cancelled, false, false)]
    public void Whether_an_engagement_holds_a_seat_and_can_log_hours_follows_its_status(EngagementStatus status, bool holdsSeat, bool canLogHours)
    {
        var engagement = In(status);

        engagement.HoldsSeat.ShouldBe(holdsSeat);
        engagement.CanLogHours.ShouldBe(canLogHours);
    }
}
