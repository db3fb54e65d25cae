using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Compliance;

public abstract class NdaTemplateTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private const string Text = "# Master NDA\n\n{{expert.name}} keeps client information confidential for {{nda.termYears}} years.\n";

    [Fact]
    public async Task Publishing_a_new_version_retires_the_current_one_and_sent_ndas_keep_their_version()
    {
        var v1 = await PublishAsync("Master NDA", NdaScope.Master, null, Text);
        var expert = new ExpertBuilder().Build();
        await SaveAsync(expert);
        var sentId = await App.RunAsync(s => s.Get<SendNdaHandler>().HandleAsync(new SendNdaCommand(expert.Id, v1, 14), Cancellation));
        var version = await ReadAsync(db => db.NdaTemplates.Where(t => t.Id == v1).Select(t => t.Version).SingleAsync(Cancellation));

        var v2 = await App.RunAsync(s => s.Get<ReviseNdaTemplateHandler>().HandleAsync(new ReviseNdaTemplateCommand(v1, version, Text + "\nAlso model outputs.\n", 36), Cancellation));

        var families = await App.RunAsync(s => s.Get<ListNdaTemplatesHandler>().HandleAsync(Cancellation));
        var family = families.ShouldHaveSingleItem();
        family.Versions.Select(v => (v.VersionNumber, v.IsCurrent, v.ValidityMonths)).ShouldBe([(2, true, 36), (1, false, 24)]);
        family.Versions[1].AgreementCount.ShouldBe(1);
        (await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == sentId, Cancellation))).TemplateVersion.ShouldBe(1);
        var sendable = await App.RunAsync(s => s.Get<ListSendableNdasHandler>().HandleAsync(Cancellation));
        sendable.ShouldHaveSingleItem().Id.ShouldBe(v2);
        var another = new ExpertBuilder().Build();
        await SaveAsync(another);
        (await Should.ThrowAsync<Refusal>(() => App.RunAsync(s =>
            s.Get<SendNdaHandler>().HandleAsync(new SendNdaCommand(another.Id, v1, 14), Cancellation))))
            .Message.ShouldBe("A retired NDA version cannot be sent; send the current version.");
    }

    [Fact]
    public async Task A_text_with_an_unknown_variable_or_broken_syntax_is_reported_by_line_and_nothing_is_saved()
    {
        var v1 = await PublishAsync("Master NDA", NdaScope.Master, null, Text);
        var version = await ReadAsync(db => db.NdaTemplates.Where(t => t.Id == v1).Select(t => t.Version).SingleAsync(Cancellation));

        var unknown = await Should.ThrowAsync<Refusal>(() => ReviseAsync(v1, version, "# NDA\n\nHello {{expert.nickname}}"));
        var broken = await Should.ThrowAsync<Refusal>(() => ReviseAsync(v1, version, "# NDA\n\n{{#if expert.name}} open"));

        unknown.Kind.ShouldBe(RefusalKind.Invalid);
        var problem = unknown.Fields.ShouldHaveSingleItem();
        problem.Field.ShouldBe("Body");
        problem.Message.ShouldStartWith("Line 3: unknown variable 'expert.nickname'");
        broken.Kind.ShouldBe(RefusalKind.Invalid);
        broken.Fields.ShouldNotBeEmpty();
        (await ReadAsync(db => db.NdaTemplates.CountAsync(Cancellation))).ShouldBe(1);
        (await ReadAsync(db => db.NdaTemplates.SingleAsync(Cancellation))).IsRetired.ShouldBeFalse();
    }

    [Fact]
    public async Task A_client_nda_needs_an_existing_client_and_a_name_is_used_once()
    {
        var client = new ClientBuilder().Named("Helix Bio").Build();
        await SaveAsync(client);

        await Should.ThrowAsync<Refusal>(() => PublishAsync("Helix NDA", NdaScope.Client, Guid.NewGuid(), Text));
        var id = await PublishAsync("Helix NDA", NdaScope.Client, client.Id, Text);
        (await Should.ThrowAsync<Refusal>(() => PublishAsync("Helix NDA", NdaScope.Master, null, Text)))
            .Message.ShouldStartWith("An NDA with this name exists already");

        var sendable = (await App.RunAsync(s => s.Get<ListSendableNdasHandler>().HandleAsync(Cancellation))).ShouldHaveSingleItem();
        (sendable.Id, sendable.Scope, sendable.ClientName).ShouldBe((id, NdaScope.Client, "Helix Bio"));
    }

    [Fact]
    public async Task A_version_that_moved_on_since_the_form_was_opened_is_refused_as_stale_and_nothing_is_saved()
    {
        var v1 = await PublishAsync("Master NDA", NdaScope.Master, null, Text);
        var version = await ReadAsync(db => db.NdaTemplates.Where(t => t.Id == v1).Select(t => t.Version).SingleAsync(Cancellation));

        var stale = await Should.ThrowAsync<Refusal>(() => ReviseAsync(v1, version + 1, Text + "\nAlso model outputs.\n"));

        stale.Kind.ShouldBe(RefusalKind.Stale);
        stale.Message.ShouldStartWith("This NDA version was changed by someone else");
        (await ReadAsync(db => db.NdaTemplates.CountAsync(Cancellation))).ShouldBe(1);
    }

    private Task<Guid> PublishAsync(string name, NdaScope scope, Guid? clientId, string body) =>
        App.RunAsync(s => s.Get<PublishNdaTemplateHandler>().HandleAsync(new PublishNdaTemplateCommand(name, scope, clientId, body, 24), Cancellation));

    private Task<Guid> ReviseAsync(Guid currentId, int version, string body) =>
        App.RunAsync(s => s.Get<ReviseNdaTemplateHandler>().HandleAsync(new ReviseNdaTemplateCommand(currentId, version, body, 24), Cancellation));
}
