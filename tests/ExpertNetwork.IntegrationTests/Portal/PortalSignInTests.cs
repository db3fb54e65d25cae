using ExpertNetwork.Application.Portal;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Portal;

public abstract class PortalSignInTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private Task<bool> RequestAsync(string email) => App.RunAsync(s => s.Get<RequestPortalSignInHandler>().HandleAsync(new RequestPortalSignInCommand(email), Cancellation));

    /// <summary>The link from the last mail, cut out of its text.</summary>
    private async Task<string> TokenFromMailAsync()
    {
        var mail = await ReadAsync(db => db.OutboxMessages.OrderByDescending(m => m.CreatedUtc).FirstAsync(Cancellation));
        mail.Subject.ShouldBe("Your sign-in link for ExpertNetwork");
        var start = mail.TextBody.IndexOf("/portal/link/", StringComparison.Ordinal) + "/portal/link/".Length;
        return mail.TextBody.Substring(start, 43);
    }

    [Fact]
    public async Task A_known_address_gets_a_link_that_signs_in_once_and_an_unknown_one_gets_nothing()
    {
        var expert = new ExpertBuilder().WithEmail("maria.lopez@example.com").Build();
        await SaveAsync(expert);

        (await RequestAsync("nobody@example.com")).ShouldBeFalse();
        (await RequestAsync("not an address")).ShouldBeFalse();
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(0);

        (await RequestAsync(" Maria.Lopez@example.com ")).ShouldBeTrue();
        var token = await TokenFromMailAsync();
        (await ReadAsync(db => db.PortalSignInLinks.SingleAsync(Cancellation))).TokenSha256.ShouldNotContain(token);

        (await App.RunAsync(s => s.Get<OpenPortalLinkHandler>().HandleAsync(new OpenPortalLinkQuery(token), Cancellation))).ShouldBe(PortalLinkOutcome.Usable);
        (await App.RunAsync(s => s.Get<OpenPortalLinkHandler>().HandleAsync(new OpenPortalLinkQuery(token), Cancellation))).ShouldBe(PortalLinkOutcome.Usable);
        var signIn = await App.RunAsync(s => s.Get<UsePortalLinkHandler>().HandleAsync(new UsePortalLinkCommand(token), Cancellation));
        signIn.Outcome.ShouldBe(PortalLinkOutcome.SignedIn);
        signIn.ExpertId.ShouldBe(expert.Id);
        (await App.RunAsync(s => s.Get<UsePortalLinkHandler>().HandleAsync(new UsePortalLinkCommand(token), Cancellation))).Outcome.ShouldBe(PortalLinkOutcome.Used);
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_an_archived_expert_gets_no_link()
    {
        var expert = new ExpertBuilder().WithEmail("maria.lopez@example.com").Build();
        var archived = new ExpertBuilder().WithEmail("old.hand@example.com").WithStatus(ExpertStatus.Archived).Build();
        await SaveAsync(expert, archived);
        (await RequestAsync("old.hand@example.com")).ShouldBeFalse();

        (await RequestAsync("maria.lopez@example.com")).ShouldBeTrue();
        var token = await TokenFromMailAsync();
        Clock.Advance(TimeSpan.FromMinutes(31));
        (await App.RunAsync(s => s.Get<OpenPortalLinkHandler>().HandleAsync(new OpenPortalLinkQuery(token), Cancellation))).ShouldBe(PortalLinkOutcome.Expired);
        (await App.RunAsync(s => s.Get<UsePortalLinkHandler>().HandleAsync(new UsePortalLinkCommand(token), Cancellation))).Outcome.ShouldBe(PortalLinkOutcome.Expired);
        (await ReadAsync(db => db.PortalSignInLinks.SingleAsync(Cancellation))).UsedUtc.ShouldBeNull();
    }

    [Fact]
    public async Task Asking_again_and_again_sends_at_most_the_hourly_limit()
    {
        await SaveAsync(new ExpertBuilder().WithEmail("maria.lopez@example.com").Build());
        var sent = 0;
        for (var i = 0; i < 8; i++)
            sent += await RequestAsync("maria.lopez@example.com") ? 1 : 0;
        sent.ShouldBe(5);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(5);
    }
}
