using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Persistence;

public abstract class OptimisticConcurrencyTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    [Fact]
    public async Task Of_two_edits_made_from_the_same_copy_the_second_is_refused_and_the_first_is_kept()
    {
        var expert = new ExpertBuilder().Named("Ada Lovelace").Build();
        await SaveAsync(expert);

        await using var first = App.NewScope();
        await using var second = App.NewScope();
        var firstCopy = await first.ServiceProvider.Db().Experts.SingleAsync(e => e.Id == expert.Id, Cancellation);
        var secondCopy = await second.ServiceProvider.Db().Experts.SingleAsync(e => e.Id == expert.Id, Cancellation);
        var eventsBefore = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

        Rename(firstCopy, "Ada King");
        await first.ServiceProvider.Db().SaveChangesAsync(Cancellation);
        Rename(secondCopy, "Ada Byron");
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.Db().SaveChangesAsync(Cancellation));

        var stored = await ReadAsync(db => db.Experts.SingleAsync(e => e.Id == expert.Id, Cancellation));
        stored.FullName.ShouldBe("Ada King");
        stored.Version.ShouldBe(1);
        // Only the edit that was kept is in the trail.
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(eventsBefore + 1);
    }

    [Fact]
    public async Task An_edit_of_only_the_languages_still_conflicts_with_a_concurrent_edit()
    {
        var expert = new ExpertBuilder().Speaking("en").Build();
        await SaveAsync(expert);

        await using var first = App.NewScope();
        await using var second = App.NewScope();
        var firstCopy = await first.ServiceProvider.Db().Experts.Include(e => e.Languages).SingleAsync(e => e.Id == expert.Id, Cancellation);
        var secondCopy = await second.ServiceProvider.Db().Experts.Include(e => e.Languages).SingleAsync(e => e.Id == expert.Id, Cancellation);

        firstCopy.SetLanguages(["en", "de"]);
        await first.ServiceProvider.Db().SaveChangesAsync(Cancellation);
        secondCopy.SetLanguages(["en", "fr"]);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.Db().SaveChangesAsync(Cancellation));

        var languages = await ReadAsync(db => db.Experts.Where(e => e.Id == expert.Id).SelectMany(e => e.Languages.Select(l => l.Code)).ToListAsync(Cancellation));
        languages.ShouldBe(["de", "en"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_version_goes_up_with_every_save_that_changes_the_expert_even_when_only_its_languages_changed()
    {
        var expert = new ExpertBuilder().Speaking("en").Build();
        await SaveAsync(expert);
        (await StoredVersionAsync(expert.Id)).ShouldBe(0);

        await ChangeAsync(async db => Rename(await db.Experts.SingleAsync(e => e.Id == expert.Id, Cancellation), "Ada King"));
        (await StoredVersionAsync(expert.Id)).ShouldBe(1);

        await ChangeAsync(async db => (await db.Experts.Include(e => e.Languages).SingleAsync(e => e.Id == expert.Id, Cancellation)).SetLanguages(["en", "pl"]));
        (await StoredVersionAsync(expert.Id)).ShouldBe(2);

        await ChangeAsync(async db => (await db.Experts.Include(e => e.Languages).SingleAsync(e => e.Id == expert.Id, Cancellation)).SetLanguages(["pl"]));
        (await StoredVersionAsync(expert.Id)).ShouldBe(3);
    }

    [Fact]
    public async Task Saving_an_unchanged_expert_leaves_its_version_and_the_trail_alone()
    {
        var expert = new ExpertBuilder().Build();
        await SaveAsync(expert);
        var eventsBefore = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

        await ChangeAsync(db => db.Experts.Include(e => e.Languages).SingleAsync(e => e.Id == expert.Id, Cancellation));

        (await StoredVersionAsync(expert.Id)).ShouldBe(0);
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(eventsBefore);
    }

    private static void Rename(Expert expert, string name) =>
        expert.UpdateProfile(name, expert.Email, expert.Phone, expert.CountryCode, expert.TimeZoneId, expert.YearsOfExperience, expert.Headline, expert.Notes);

    private Task<int> StoredVersionAsync(Guid id) => ReadAsync(db => db.Experts.Where(e => e.Id == id).Select(e => e.Version).SingleAsync(Cancellation));
}
