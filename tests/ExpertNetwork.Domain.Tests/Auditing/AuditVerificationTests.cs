using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Auditing;

public sealed class AuditVerificationTests
{
    private static AuditVerification Verify(IEnumerable<AuditEvent> events, AuditChainHead? head)
    {
        var verification = new AuditVerification();
        foreach (var e in events)
        {
            if (!verification.Next(e))
                break;
        }
        verification.Finish(head);
        return verification;
    }

    [Fact]
    public void An_intact_chain_verifies()
    {
        var events = new AuditChainBuilder().WithEvents(5).Build();

        var verification = Verify(events, AuditChainBuilder.HeadAfter(events));

        verification.IsIntact.ShouldBeTrue();
        verification.Checked.ShouldBe(5);
        verification.BrokenAtSequence.ShouldBeNull();
        verification.Problem.ShouldBeNull();
    }

    [Fact]
    public void An_empty_chain_matches_the_genesis_head()
    {
        Verify([], AuditChainHead.Genesis()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public void Each_event_links_to_the_hash_of_the_one_before()
    {
        var events = new AuditChainBuilder().WithEvents(3).Build();

        events[0].PreviousHash.ShouldBe(AuditEvent.GenesisHash);
        events[1].PreviousHash.ShouldBe(events[0].Hash);
        events[2].PreviousHash.ShouldBe(events[1].Hash);
        events[2].Hash.ShouldBe(events[2].ComputeHash());
    }

    [Theory]
    [InlineData(nameof(AuditEvent.ActorName), "Someone Else")]
    [InlineData(nameof(AuditEvent.Action), "Deleted")]
    [InlineData(nameof(AuditEvent.After), "{\"step\":99}")]
    [InlineData(nameof(AuditEvent.Before), null)]
    public void Altering_a_stored_field_is_detected_at_that_event(string field, string? newValue)
    {
        var events = new AuditChainBuilder().WithEvents(5).Build();
        StoredRowTampering.Overwrite(events[2], field, newValue);

        var verification = Verify(events, AuditChainBuilder.HeadAfter(events));

        verification.IsIntact.ShouldBeFalse();
        verification.BrokenAtSequence.ShouldBe(3);
        verification.Problem.ShouldStartWith("event 3 (Expert ");
        verification.Problem.ShouldEndWith("was altered after it was written");
        verification.Checked.ShouldBe(2);
    }

    [Fact]
    public void Altering_the_time_of_an_event_is_detected()
    {
        var events = new AuditChainBuilder().WithEvents(5).Build();
        StoredRowTampering.Overwrite(events[1], nameof(AuditEvent.OccurredUtc), events[1].OccurredUtc.AddHours(-1));

        Verify(events, AuditChainBuilder.HeadAfter(events)).BrokenAtSequence.ShouldBe(2);
    }

    [Fact]
    public void An_event_time_kept_by_the_database_to_the_microsecond_still_verifies()
    {
        var occurredUtc = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc).AddTicks(1_234_567);
        var e = AuditEvent.Chain(1, AuditEvent.GenesisHash, occurredUtc, ActorKind.System, "scheduler", "Scheduler", "Expired", "NdaAgreement", "id-1", null, null);
        StoredRowTampering.Overwrite(e, nameof(AuditEvent.OccurredUtc), occurredUtc.AddTicks(-7));

        Verify([e], AuditChainBuilder.HeadAfter([e])).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public void Rehashing_an_altered_event_breaks_the_link_from_the_next_one()
    {
        var events = new AuditChainBuilder().WithEvents(5).Build();
        StoredRowTampering.Overwrite(events[2], nameof(AuditEvent.After), "{\"step\":99}");
        StoredRowTampering.Overwrite(events[2], nameof(AuditEvent.Hash), events[2].ComputeHash());

        var verification = Verify(events, AuditChainBuilder.HeadAfter(events));

        verification.BrokenAtSequence.ShouldBe(4);
        verification.Problem.ShouldBe("event 4 does not link to the event before it");
    }

    [Fact]
    public void Removing_an_event_from_the_middle_is_detected_at_the_next_event()
    {
        var events = new AuditChainBuilder().WithEvents(5).Build();
        var head = AuditChainBuilder.HeadAfter(events);
        events.RemoveAt(2);

        var verification = Verify(events, head);

        verification.BrokenAtSequence.ShouldBe(4);
        verification.Problem.ShouldBe("event 3 is missing (found 4 next)");
    }

    [Fact]
    public void Removing_the_last_event_is_detected_by_the_head()
    {
        var events = new AuditChainBuilder().WithEvents(5).Build();
        var head = AuditChainBuilder.HeadAfter(events);
        events.RemoveAt(4);

        var verification = Verify(events, head);

        verification.IsIntact.ShouldBeFalse();
        verification.Checked.ShouldBe(4);
        verification.BrokenAtSequence.ShouldBe(5);
        verification.Problem.ShouldBe("the chain ends at event 4 but the head records event 5");
    }

    [Fact]
    public void A_head_pointing_at_a_different_last_hash_is_detected()
    {
        var events = new AuditChainBuilder().WithEvents(3).Build();
        var rewrittenElsewhere = new AuditChainBuilder().WithEvents(3).Build();
        StoredRowTampering.Overwrite(rewrittenElsewhere[2], nameof(AuditEvent.Hash), new string('f', 64));

        var verification = Verify(events, AuditChainBuilder.HeadAfter(rewrittenElsewhere));

        verification.BrokenAtSequence.ShouldBe(3);
    }

    [Fact]
    public void Reordering_events_is_detected_where_the_order_breaks()
    {
        var events = new AuditChainBuilder().WithEvents(5).Build();
        var head = AuditChainBuilder.HeadAfter(events);
        (events[1], events[2]) = (events[2], events[1]);

        var verification = Verify(events, head);

        verification.BrokenAtSequence.ShouldBe(3);
        verification.Problem.ShouldBe("event 2 is missing (found 3 next)");
    }

    [Fact]
    public void Swapping_the_sequence_numbers_of_two_events_is_detected()
    {
        var events = new AuditChainBuilder().WithEvents(5).Build();
        var head = AuditChainBuilder.HeadAfter(events);
        StoredRowTampering.Overwrite(events[1], nameof(AuditEvent.Sequence), 3L);
        StoredRowTampering.Overwrite(events[2], nameof(AuditEvent.Sequence), 2L);
        (events[1], events[2]) = (events[2], events[1]);

        var verification = Verify(events, head);

        verification.BrokenAtSequence.ShouldBe(2);
        verification.Problem.ShouldBe("event 2 does not link to the event before it");
    }

    [Fact]
    public void Verification_stops_at_the_first_break()
    {
        var events = new AuditChainBuilder().WithEvents(5).Build();
        StoredRowTampering.Overwrite(events[1], nameof(AuditEvent.ActorId), "intruder");
        StoredRowTampering.Overwrite(events[3], nameof(AuditEvent.ActorId), "intruder");
        var verification = new AuditVerification();

        var results = events.Select(verification.Next).ToList();
        verification.Finish(AuditChainBuilder.HeadAfter(events));

        results.ShouldBe([true, false, false, false, false]);
        verification.BrokenAtSequence.ShouldBe(2);
    }

    [Fact]
    public void Events_appended_after_the_head_was_read_are_checked_and_are_not_a_break()
    {
        var events = new AuditChainBuilder().WithEvents(8).Build();
        var headReadFirst = AuditChainBuilder.HeadAfter(events.Take(5).ToList());
        var verification = new AuditVerification(headReadFirst);

        events.ForEach(e => verification.Next(e));
        verification.FinishAtHeadReadFirst();

        verification.IsIntact.ShouldBeTrue(verification.Problem);
        verification.Checked.ShouldBe(8);
    }

    [Fact]
    public void A_chain_that_stops_before_the_head_read_first_is_broken_there()
    {
        var events = new AuditChainBuilder().WithEvents(5).Build();
        var headReadFirst = AuditChainBuilder.HeadAfter(events);
        var verification = new AuditVerification(headReadFirst);

        events.Take(4).ToList().ForEach(e => verification.Next(e));
        verification.FinishAtHeadReadFirst();

        verification.IsIntact.ShouldBeFalse();
        verification.BrokenAtSequence.ShouldBe(5);
        verification.Problem.ShouldBe("the chain ends at event 4 but the head records event 5");
    }

    [Fact]
    public void An_altered_event_after_the_head_read_first_is_still_found()
    {
        var events = new AuditChainBuilder().WithEvents(6).Build();
        StoredRowTampering.Overwrite(events[5], nameof(AuditEvent.ActorId), "intruder");
        var verification = new AuditVerification(AuditChainBuilder.HeadAfter(events.Take(4).ToList()));

        events.ForEach(e => verification.Next(e));
        verification.FinishAtHeadReadFirst();

        verification.IsIntact.ShouldBeFalse();
        verification.BrokenAtSequence.ShouldBe(6);
    }
}
