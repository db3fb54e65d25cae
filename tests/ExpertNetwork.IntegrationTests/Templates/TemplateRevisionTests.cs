using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Templates;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Templates;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Templates;

public abstract class TemplateRevisionTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private const string Reminder = TemplateCatalog.Names.CredentialExpiryEmail;
    private const string Nda = TemplateCatalog.Names.NdaDocument;

    [Fact]
    public async Task A_valid_edit_is_saved_as_version_1_with_its_hash_author_and_note_and_is_audited()
    {
        Actor.ActAs(ActorKind.Staff, "staff-1", "Alex Admin");
        var text = ShippedText(Reminder).Replace("send us the renewed document", "send us the renewed licence", StringComparison.Ordinal);

        var outcome = await SaveAsync(Reminder, text.Replace("\n", "\r\n", StringComparison.Ordinal), baseNumber: 0, note: "Say licence");

        outcome.SavedNumber.ShouldBe(1, outcome.Errors.FirstOrDefault());
        var stored = await ReadAsync(db => db.TemplateRevisions.SingleAsync(Cancellation));
        stored.TemplateKey.ShouldBe(Reminder);
        stored.Number.ShouldBe(1);
        stored.Text.ShouldBe(text);
        stored.TextSha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))));
        stored.Author.ShouldBe("Alex Admin");
        stored.Note.ShouldBe("Say licence");
        stored.CreatedUtc.ShouldBe(Clock.UtcNow, TimeSpan.FromMilliseconds(1));
        var audit = await ReadAsync(db => db.AuditEvents.Where(e => e.EntityType == nameof(TemplateRevision)).ToListAsync(Cancellation));
        audit.ShouldHaveSingleItem().Action.ShouldBe("Saved");
        audit[0].ActorName.ShouldBe("Alex Admin");
        audit[0].EntityId.ShouldBe(stored.Id.ToString());
        audit[0].After.ShouldNotBeNull().ShouldContain("renewed licence");
    }

    [Fact]
    public async Task The_newest_saved_version_is_used_for_mail_and_documents_instead_of_the_shipped_file()
    {
        var mailBefore = Render(Reminder);
        var pdfBefore = await App.RunAsync(s => Task.FromResult(s.Get<IDocumentRenderer>().Render(Nda, Sample(Nda), new DocumentOptions("NDA"))));

        (await SaveAsync(Reminder, ShippedText(Reminder).Replace("Kind regards,", "With thanks from the vetting team,", StringComparison.Ordinal), 0)).Saved.ShouldBeTrue();
        (await SaveAsync(Nda, ShippedText(Nda) + "\nSigned copies are kept for ten years.\n", 0)).Saved.ShouldBeTrue();

        mailBefore.Text.ShouldContain("Kind regards,");
        var mailAfter = Render(Reminder);
        mailAfter.Text.ShouldContain("With thanks from the vetting team,");
        mailAfter.Text.ShouldNotContain("Kind regards,");
        (await App.RunAsync(s => Task.FromResult(s.Get<ITemplateRenderer>().RenderDocument(Nda, Sample(Nda))))).ShouldContain("Signed copies are kept for ten years.");
        var pdfAfter = await App.RunAsync(s => Task.FromResult(s.Get<IDocumentRenderer>().Render(Nda, Sample(Nda), new DocumentOptions("NDA"))));
        pdfAfter.Sha256.ShouldNotBe(pdfBefore.Sha256);
    }

    [Fact]
    public async Task An_edit_with_a_syntax_error_or_an_unknown_variable_is_refused_with_line_numbers_and_nothing_is_saved()
    {
        var eventsBefore = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));
        var unknown = ShippedText(Reminder).Replace("Dear {{expert.name}},", "Dear {{expert.nickname}},", StringComparison.Ordinal);
        var broken = ShippedText(Reminder).Replace("{{sender.name}}", "{{#if sender.name}}{{sender.name}}", StringComparison.Ordinal);

        var unknownOutcome = await SaveAsync(Reminder, unknown, 0);
        var brokenOutcome = await SaveAsync(Reminder, broken, 0);
        var emptyOutcome = await SaveAsync(Reminder, "   ", 0);

        unknownOutcome.Saved.ShouldBeFalse();
        unknownOutcome.Errors.ShouldContain(e => e.StartsWith("Line 5: unknown variable 'expert.nickname'", StringComparison.Ordinal));
        brokenOutcome.Saved.ShouldBeFalse();
        brokenOutcome.Errors.ShouldContain(e => e.Contains("Syntax error", StringComparison.Ordinal));
        emptyOutcome.Errors.ShouldBe(["The template text is empty."]);
        (await ReadAsync(db => db.TemplateRevisions.CountAsync(Cancellation))).ShouldBe(0);
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(eventsBefore);
        Render(Reminder).Text.ShouldContain("Dear Dr Zofia Łukasiewicz,");
    }

    [Fact]
    public async Task A_save_from_an_editor_opened_before_someone_elses_save_is_refused_and_their_version_is_kept()
    {
        Actor.ActAs(ActorKind.Staff, "staff-1", "Alex Admin");
        (await SaveAsync(Reminder, ShippedText(Reminder).Replace("Kind regards,", "Best wishes,", StringComparison.Ordinal), 0)).Saved.ShouldBeTrue();
        Actor.ActAs(ActorKind.Staff, "staff-2", "Bea Admin");

        var stale = await SaveAsync(Reminder, ShippedText(Reminder).Replace("Kind regards,", "Cheers,", StringComparison.Ordinal), baseNumber: 0);

        stale.Saved.ShouldBeFalse();
        stale.Stale.ShouldBeTrue();
        stale.Errors.ShouldHaveSingleItem().ShouldStartWith("Someone else saved version 1 of this template (Alex Admin,");
        var stored = await ReadAsync(db => db.TemplateRevisions.ToListAsync(Cancellation));
        stored.ShouldHaveSingleItem().Author.ShouldBe("Alex Admin");
        Render(Reminder).Text.ShouldContain("Best wishes,");
    }

    [Fact]
    public async Task The_database_refuses_a_second_version_with_the_same_number_so_concurrent_saves_cannot_both_win()
    {
        var first = TemplateRevision.Save(Reminder, 0, ShippedText(Reminder), "first", "Alex Admin", Clock.UtcNow);
        var second = TemplateRevision.Save(Reminder, 0, ShippedText(Reminder), "second", "Bea Admin", Clock.UtcNow);
        await SaveAsync(first);

        await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(second));

        (await ReadAsync(db => db.TemplateRevisions.SingleAsync(Cancellation))).Note.ShouldBe("first");
    }

    [Fact]
    public async Task Restoring_an_older_version_saves_it_again_as_the_newest_and_restoring_the_default_brings_back_the_file()
    {
        var v1 = ShippedText(Reminder).Replace("Kind regards,", "Best wishes,", StringComparison.Ordinal);
        var v2 = ShippedText(Reminder).Replace("Kind regards,", "Cheers,", StringComparison.Ordinal);
        (await SaveAsync(Reminder, v1, 0)).Saved.ShouldBeTrue();
        (await SaveAsync(Reminder, v2, 1)).Saved.ShouldBeTrue();
        Render(Reminder).Text.ShouldContain("Cheers,");

        var restored = await RestoreAsync(Reminder, number: 1, baseNumber: 2);
        Render(Reminder).Text.ShouldContain("Best wishes,");
        var toDefault = await RestoreAsync(Reminder, number: 0, baseNumber: 3);

        restored.SavedNumber.ShouldBe(3, restored.Errors.FirstOrDefault());
        toDefault.SavedNumber.ShouldBe(4, toDefault.Errors.FirstOrDefault());
        Render(Reminder).Text.ShouldContain("Kind regards,");
        var history = await ReadAsync(db => db.TemplateRevisions.OrderBy(r => r.Number).ToListAsync(Cancellation));
        history.Select(r => r.RestoredFromNumber).ShouldBe([null, null, 1, 0]);
        history.Select(r => r.IsShippedDefault).ShouldBe([false, false, false, true]);
        history[2].Text.ShouldBe(v1);
        (await ReadAsync(db => db.AuditEvents.Where(e => e.EntityType == nameof(TemplateRevision)).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync(Cancellation)))
            .ShouldBe(["Saved", "Saved", "Restored", "DefaultRestored"]);
        var editor = await App.RunAsync(s => s.Get<GetTemplateHandler>().HandleAsync(new GetTemplateQuery(Reminder), Cancellation));
        editor.CurrentNumber.ShouldBe(4);
        editor.IsShippedDefault.ShouldBeTrue();
        editor.CurrentText.ShouldBe(ShippedText(Reminder));
    }

    [Fact]
    public async Task A_version_saved_on_one_node_is_used_by_another_node_once_it_reads_the_database_again()
    {
        await using var otherNode = AppServices.Create(Database.Settings, Clock, Actor);
        Render(otherNode, Reminder).Text.ShouldContain("Kind regards,");

        (await SaveAsync(Reminder, ShippedText(Reminder).Replace("Kind regards,", "Best wishes,", StringComparison.Ordinal), 0)).Saved.ShouldBeTrue();
        // What the other node does when its refresh interval (Templates:RefreshSeconds) has passed.
        await otherNode.RunAsync(s => { s.Get<ITemplateOverrides>().Refresh(); return Task.CompletedTask; });

        Render(otherNode, Reminder).Text.ShouldContain("Best wishes,");
        Render(Reminder).Text.ShouldContain("Best wishes,");
    }

    [Fact]
    public async Task A_test_email_goes_through_the_outbox_with_the_version_in_force_and_escaped_sample_values()
    {
        (await SaveAsync(TemplateCatalog.Names.InvoiceEmail, ShippedText(TemplateCatalog.Names.InvoiceEmail) + "\nQuestions? Reply to this message.\n", 0)).Saved.ShouldBeTrue();

        await App.RunAsync(s => s.Get<SendTemplateTestEmailHandler>().HandleAsync(new SendTemplateTestEmailCommand(TemplateCatalog.Names.InvoiceEmail, "Admin@Example.com"), Cancellation));

        var message = await ReadAsync(db => db.OutboxMessages.SingleAsync(Cancellation));
        message.ToAddress.ShouldBe("admin@example.com");
        message.Subject.ShouldStartWith("[Test] ");
        message.TextBody.ShouldContain("Questions? Reply to this message.");
        message.TextBody.ShouldContain(TemplateCatalog.SampleClientName);
        message.HtmlBody.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        message.HtmlBody.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task An_unknown_template_is_reported_as_not_found()
    {
        await Should.ThrowAsync<Refusal>(() => SaveAsync("emails/nope", "text", 0));
        await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<GetTemplateVersionHandler>().HandleAsync(new GetTemplateVersionQuery(Reminder, 7), Cancellation)));
    }

    private Task<SaveResult> SaveAsync(string key, string text, int baseNumber, string? note = null) =>
        ResultOf(() => App.RunAsync(s => s.Get<SaveTemplateHandler>().HandleAsync(new SaveTemplateCommand(key, text, baseNumber, note), Cancellation)));

    private Task<SaveResult> RestoreAsync(string key, int number, int baseNumber) =>
        ResultOf(() => App.RunAsync(s => s.Get<RestoreTemplateVersionHandler>().HandleAsync(new RestoreTemplateVersionCommand(key, number, baseNumber, null), Cancellation)));

    /// <summary>The saved version, or the sentences of an Invalid or Stale refusal (anything else is thrown).</summary>
    private static async Task<SaveResult> ResultOf(Func<Task<int>> save)
    {
        try
        {
            return new SaveResult(await save(), []);
        }
        catch (Refusal refusal) when (refusal.Kind is RefusalKind.Invalid or RefusalKind.Stale)
        {
            return new SaveResult(null, refusal.Fields.Count > 0 ? [.. refusal.Fields.Select(f => f.Message)] : [refusal.Message], refusal.Kind == RefusalKind.Stale);
        }
    }

    private sealed record SaveResult(int? SavedNumber, IReadOnlyList<string> Errors, bool Stale = false)
    {
        public bool Saved => SavedNumber is not null;
    }

    private RenderedEmail Render(string key) => Render(App, key);

    private static RenderedEmail Render(AppServices app, string key) =>
        app.RunAsync(s => Task.FromResult(s.Get<ITemplateRenderer>().RenderEmail(key, Sample(key)))).GetAwaiter().GetResult();

    private static object Sample(string key) => TemplateCatalog.Get(key).SampleModel;

    private string ShippedText(string key) =>
        App.RunAsync(s => Task.FromResult(s.Get<ITemplateLibrary>().ShippedText(key))).GetAwaiter().GetResult();
}
