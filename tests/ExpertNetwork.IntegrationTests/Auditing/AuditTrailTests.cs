using System.Text.Json;
using ExpertNetwork.Application.Auditing;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Auditing;

public abstract class AuditTrailTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    [Fact]
    public async Task Registering_an_expert_writes_one_event_with_the_actor_the_verbs_and_the_values()
    {
        Actor.ActAs(ActorKind.Staff, "staff-42", "Priya Manager");
        var expert = new ExpertBuilder().Named("Ada Lovelace").WithEmail("ada@experts.example").Speaking("en", "de").Build();

        await SaveAsync(expert);

        var events = await ReadAsync(db => db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync(Cancellation));
        var registered = events.Where(e => e.EntityType == nameof(Expert)).ShouldHaveSingleItem();
        registered.Action.ShouldBe("Registered+LanguagesChanged");
        registered.EntityId.ShouldBe(expert.Id.ToString());
        registered.ActorKind.ShouldBe(ActorKind.Staff);
        registered.ActorId.ShouldBe("staff-42");
        registered.ActorName.ShouldBe("Priya Manager");
        registered.OccurredUtc.Kind.ShouldBe(DateTimeKind.Utc);
        (registered.OccurredUtc.Ticks / 10).ShouldBe(Clock.UtcNow.Ticks / 10);
        registered.Before.ShouldBeNull();
        var after = JsonDocument.Parse(registered.After!).RootElement;
        after.GetProperty("FullName").GetString().ShouldBe("Ada Lovelace");
        after.GetProperty("Email").GetString().ShouldBe("ada@experts.example");
        after.GetProperty("Status").GetString().ShouldBe("Applicant");
        // The rows under the aggregate are audited too, each as its own event in the same chain.
        events.Where(e => e.EntityType == nameof(ExpertLanguage)).Select(e => e.EntityId)
            .ShouldBe([$"{expert.Id}/de", $"{expert.Id}/en"], ignoreOrder: true);
        events.Select(e => e.Sequence).ShouldBe([1L, 2L, 3L]);
    }

    [Fact]
    public async Task Changing_an_expert_records_the_old_and_new_value_of_only_what_changed()
    {
        var expert = new ExpertBuilder().Named("Ada Lovelace").Build();
        await SaveAsync(expert);

        await ChangeAsync(async db =>
        {
            var stored = await db.Experts.SingleAsync(e => e.Id == expert.Id, Cancellation);
            stored.UpdateProfile("Ada King", stored.Email, stored.Phone, stored.CountryCode, stored.TimeZoneId, stored.YearsOfExperience, stored.Headline, stored.Notes);
        });

        var updated = await ReadAsync(db => db.AuditEvents.OrderBy(e => e.Sequence).LastAsync(Cancellation));
        updated.Action.ShouldBe("ProfileUpdated");
        updated.EntityId.ShouldBe(expert.Id.ToString());
        JsonDocument.Parse(updated.Before!).RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())).ShouldBe([("FullName", "Ada Lovelace"), ("SearchName", "ada lovelace")]);
        JsonDocument.Parse(updated.After!).RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())).ShouldBe([("FullName", "Ada King"), ("SearchName", "ada king")]);
    }

    [Fact]
    public async Task A_save_that_fails_writes_no_audit_events_and_leaves_the_chain_head_where_it_was()
    {
        await SaveAsync(new ExpertBuilder().WithEmail("taken@experts.example").Build());
        var headBefore = await ReadAsync(db => db.AuditChainHeads.AsNoTracking().SingleAsync(Cancellation));
        var eventsBefore = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

        var duplicate = new ExpertBuilder().Named("Someone Else").WithEmail("taken@experts.example").Build();
        var refused = await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(duplicate));

        refused.InnerException.ShouldNotBeNull().Message.ShouldContain("Email");
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(eventsBefore);
        (await ReadAsync(db => db.Experts.CountAsync(Cancellation))).ShouldBe(1);
        var headAfter = await ReadAsync(db => db.AuditChainHeads.AsNoTracking().SingleAsync(Cancellation));
        headAfter.LastSequence.ShouldBe(headBefore.LastSequence);
        headAfter.LastHash.ShouldBe(headBefore.LastHash);
        (await VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_save_inside_a_rolled_back_transaction_leaves_neither_the_change_nor_its_audit_event()
    {
        await App.RunAsync(async services =>
        {
            var db = services.Db();
            await using var transaction = await db.Database.BeginTransactionAsync(Cancellation);
            db.Experts.Add(new ExpertBuilder().Build());
            await db.SaveChangesAsync(Cancellation);
            await transaction.RollbackAsync(Cancellation);
        });

        (await ReadAsync(db => db.Experts.CountAsync(Cancellation))).ShouldBe(0);
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(0);
        (await ReadAsync(db => db.AuditChainHeads.SingleAsync(Cancellation))).LastSequence.ShouldBe(0);
    }

    [Fact]
    public async Task The_trail_verifies_intact_after_many_saves()
    {
        await SaveManyAsync(saves: 20);

        var result = await VerifyAsync();

        result.IsIntact.ShouldBeTrue(result.Problem);
        result.BrokenAtSequence.ShouldBeNull();
        // Ten registrations (the expert and their language row) and ten capacity changes.
        result.EventsChecked.ShouldBe(30);
        (await ReadAsync(db => db.AuditEvents.LongCountAsync(Cancellation))).ShouldBe(30);
    }

    [Fact]
    public async Task Editing_a_stored_event_is_detected_at_that_event()
    {
        await SaveManyAsync(saves: 5);
        var tampered = await ReadAsync(db => db.AuditEvents.Where(e => e.EntityType == nameof(Expert)).OrderBy(e => e.Sequence).Skip(2).FirstAsync(Cancellation));

        await using (var db = Database.NewDbContext())
        {
            var sql = $"UPDATE {db.Table<AuditEvent>()} SET {db.Column<AuditEvent>(nameof(AuditEvent.After))} = {{0}} " +
                $"WHERE {db.Column<AuditEvent>(nameof(AuditEvent.Sequence))} = {{1}}";
            (await db.Database.ExecuteSqlRawAsync(sql, ["{\"FullName\":\"Mallory\"}", tampered.Sequence], Cancellation)).ShouldBe(1);
        }

        var result = await VerifyAsync();
        result.IsIntact.ShouldBeFalse();
        result.BrokenAtSequence.ShouldBe(tampered.Sequence);
        result.Problem.ShouldNotBeNull().ShouldContain("altered");
        result.EventsChecked.ShouldBe(tampered.Sequence - 1);
    }

    [Fact]
    public async Task Deleting_the_last_event_is_detected()
    {
        await SaveManyAsync(saves: 5);
        var last = await ReadAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence, Cancellation));

        await using (var db = Database.NewDbContext())
        {
            var sql = $"DELETE FROM {db.Table<AuditEvent>()} WHERE {db.Column<AuditEvent>(nameof(AuditEvent.Sequence))} = {{0}}";
            (await db.Database.ExecuteSqlRawAsync(sql, [last], Cancellation)).ShouldBe(1);
        }

        var result = await VerifyAsync();
        result.IsIntact.ShouldBeFalse();
        result.BrokenAtSequence.ShouldBe(last);
        result.Problem.ShouldNotBeNull().ShouldContain($"head records event {last}");
    }

    [Fact]
    public async Task Eight_concurrent_saves_from_separate_contexts_append_to_one_unbroken_chain()
    {
        const int writers = 8;
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var experts = Enumerable.Range(1, writers).Select(i => new ExpertBuilder().Named($"Concurrent Expert {i}").Speaking().Build()).ToList();
        var saves = experts.Select(expert => Task.Run(async () =>
        {
            await using var scope = App.NewScope();
            var db = scope.ServiceProvider.Db();
            db.Experts.Add(expert);
            await go.Task;
            await db.SaveChangesAsync(Cancellation);
        }, Cancellation)).ToList();

        go.SetResult();
        await Task.WhenAll(saves);

        var events = await ReadAsync(db => db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync(Cancellation));
        events.Count.ShouldBe(writers);
        events.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, writers).Select(i => (long)i));
        events.Select(e => e.EntityId).ShouldBe(experts.Select(e => e.Id.ToString()), ignoreOrder: true);
        for (var i = 1; i < events.Count; i++)
            events[i].PreviousHash.ShouldBe(events[i - 1].Hash);
        var result = await VerifyAsync();
        result.IsIntact.ShouldBeTrue(result.Problem);
        result.EventsChecked.ShouldBe(writers);
        (await ReadAsync(db => db.AuditChainHeads.SingleAsync(Cancellation))).LastSequence.ShouldBe(writers);
    }

    [Fact]
    public async Task Without_a_chain_head_row_the_first_save_starts_the_chain_afresh()
    {
        await using (var db = Database.NewDbContext())
            await db.AuditChainHeads.ExecuteDeleteAsync(Cancellation);

        await SaveManyAsync(saves: 2);

        var result = await VerifyAsync();
        result.IsIntact.ShouldBeTrue(result.Problem);
        var head = await ReadAsync(db => db.AuditChainHeads.SingleAsync(Cancellation));
        head.LastSequence.ShouldBe(result.EventsChecked);
        head.LastSequence.ShouldBeGreaterThan(0);
    }

    private Task<AuditVerificationResult> VerifyAsync() =>
        App.RunAsync(services => services.Get<VerifyAuditTrailHandler>().HandleAsync(Cancellation));

    /// <summary>Alternates registrations and profile edits, each its own unit of work, as a busy day of staff work would.</summary>
    private async Task SaveManyAsync(int saves)
    {
        Expert? last = null;
        for (var i = 0; i < saves; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(3));
            if (last is null || i % 2 == 0)
            {
                last = new ExpertBuilder().Named($"Expert {i:D2}").Speaking("en").RegisteredAt(Clock.UtcNow).Build();
                await SaveAsync(last);
            }
            else
            {
                var id = last.Id;
                await ChangeAsync(async db =>
                {
                    var stored = await db.Experts.SingleAsync(e => e.Id == id, Cancellation);
                    stored.SetWeeklyCapacity(stored.WeeklyCapacityHours + 0.25m);
                });
            }
        }
    }
}
