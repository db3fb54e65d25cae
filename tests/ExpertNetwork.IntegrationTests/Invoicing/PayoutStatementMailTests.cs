using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Messaging;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Storage;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace ExpertNetwork.IntegrationTests.Invoicing;

/// <summary>Self-billing: each statement and credit note issued in an expert's name is mailed to them with its PDF, in the issuing transaction.</summary>
public abstract class PayoutStatementMailTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private static readonly DateRange April = new(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30));

    private async Task<(Expert Expert, PayoutStatement Draft)> DraftedAsync(string name, string email, decimal hours, ExpertStatus? status = null)
    {
        Clock.Set(new DateTime(2026, 5, 2, 8, 0, 0, DateTimeKind.Utc));
        var builder = new ExpertBuilder().Named(name).WithEmail(email);
        var expert = (status is { } s ? builder.WithStatus(s) : builder).Build();
        var draft = PayoutStatement.Draft(expert.Id, April, "USD", [new BillingLine("Oncology review — Review, 2026-04-06", expert.Id, Activity.Review, hours, 150m, "USD")], Clock.UtcNow);
        await SaveAsync(expert, draft);
        return (expert, draft);
    }

    private Task<IssueOutcome> IssueAsync(params Guid[] ids) => App.RunAsync(s => s.Get<IssuePayoutStatementsHandler>().HandleAsync(new IssuePayoutStatementsCommand(ids), Cancellation));

    private Task<List<OutboxMessage>> MailsAsync() =>
        ReadAsync(db => db.OutboxMessages.Include(m => m.Attachments).OrderBy(m => m.CreatedUtc).ThenBy(m => m.Subject).ToListAsync(Cancellation));

    private Task<DocumentFile> PdfAsync(Guid id) => App.RunAsync(s => s.Get<GetPayoutStatementPdfHandler>().HandleAsync(new GetPayoutStatementPdfQuery(id), Cancellation));

    private static string PdfText(byte[] content)
    {
        using var pdf = PdfDocument.Open(content);
        return string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task Issuing_queues_one_mail_per_statement_to_its_expert_with_the_stored_pdf_attached_and_a_portal_link()
    {
        var (ana, anaDraft) = await DraftedAsync("Dr Ana Ruiz", "ana.ruiz@example.com", 2.75m);
        var (ben, benDraft) = await DraftedAsync("Dr Ben Okafor", "ben.okafor@example.com", 3m);

        var outcome = await IssueAsync(anaDraft.Id, benDraft.Id);

        outcome.Issued.Select(i => i.Number).ShouldBe(["PAY-2026-000001", "PAY-2026-000002"]);
        var mails = await MailsAsync();
        mails.Count.ShouldBe(2);
        var toAna = mails.Where(m => m.ToAddress == ana.Email).ShouldHaveSingleItem();
        mails.ShouldContain(m => m.ToAddress == ben.Email && m.Subject == "Payout statement PAY-2026-000002 from ExpertNetwork");
        toAna.Subject.ShouldBe("Payout statement PAY-2026-000001 from ExpertNetwork");
        toAna.TextBody.ShouldContain("412.50 USD");
        toAna.TextBody.ShouldContain("1 April 2026 to 30 April 2026");
        toAna.TextBody.ShouldContain("by 1 June 2026 (30 days from the statement date)");
        var attachment = toAna.Attachments.ShouldHaveSingleItem();
        (attachment.FileName, attachment.ContentType).ShouldBe(("PAY-2026-000001.pdf", "application/pdf"));
        attachment.Content.ShouldBe((await PdfAsync(anaDraft.Id)).Content);
        var text = PdfText(attachment.Content);
        text.ShouldContain("PAY-2026-000001");
        text.ShouldContain("412.50 USD");
        text.ShouldContain("Dr Ana Ruiz");

        var links = await ReadAsync(db => db.PortalSignInLinks.ToListAsync(Cancellation));
        links.Count.ShouldBe(2);
        links.ShouldContain(l => l.ExpertId == ana.Id && l.ExpiresUtc == Clock.UtcNow.AddHours(72) && l.UsedUtc == null);
        var token = System.Text.RegularExpressions.Regex.Match(toAna.TextBody, "/portal/link/([A-Za-z0-9_-]{43})").Groups[1].Value;
        links.Single(l => l.ExpertId == ana.Id).TokenSha256.ShouldBe(LinkToken.HashOf(token));
    }

    [Fact]
    public async Task An_issue_that_rolls_back_queues_nothing_and_the_retry_queues_one_mail()
    {
        var (ana, draft) = await DraftedAsync("Dr Ana Ruiz", "ana.ruiz@example.com", 2m);
        var services = new ServiceCollection();
        var files = new FailingFileStore(new LocalFileStore(Path.Combine(Database.Settings.DataDirectory, "files"), Clock)) { Failing = true };
        services.AddSingleton<IFileStore>(files);
        AppServices.Compose(services, Database.Settings, Clock, Actor);
        await using var provider = services.BuildServiceProvider();
        async Task<IssueOutcome> Issue()
        {
            await using var scope = provider.CreateAsyncScope();
            return await scope.ServiceProvider.Get<IssuePayoutStatementsHandler>().HandleAsync(new IssuePayoutStatementsCommand([draft.Id]), Cancellation);
        }

        await Should.ThrowAsync<IOException>(Issue);

        (await MailsAsync()).ShouldBeEmpty();
        (await ReadAsync(db => db.PortalSignInLinks.AnyAsync(Cancellation))).ShouldBeFalse();
        (await ReadAsync(db => db.PayoutStatements.SingleAsync(Cancellation))).Status.ShouldBe(DocumentStatus.Draft);

        files.Failing = false;
        (await Issue()).Issued.ShouldHaveSingleItem().Number.ShouldBe("PAY-2026-000001");
        (await MailsAsync()).ShouldHaveSingleItem().ToAddress.ShouldBe(ana.Email);
        (await IssueAsync(draft.Id)).Refused.ShouldHaveSingleItem();
        (await MailsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Voiding_mails_the_credit_note_that_cancels_the_statement_to_the_expert()
    {
        var (ana, draft) = await DraftedAsync("Dr Ana Ruiz", "ana.ruiz@example.com", 2m);
        await IssueAsync(draft.Id);

        var note = await App.RunAsync(s => s.Get<VoidPayoutStatementHandler>().HandleAsync(new VoidPayoutStatementCommand(draft.Id, "Hours booked to the wrong engagement"), Cancellation));

        note.Number.ShouldBe("PCN-2026-000001");
        var mail = (await MailsAsync()).Where(m => m.Subject == "Payout credit note PCN-2026-000001 from ExpertNetwork").ShouldHaveSingleItem();
        mail.ToAddress.ShouldBe(ana.Email);
        mail.TextBody.ShouldContain("Payout statement PAY-2026-000001 has been cancelled");
        mail.TextBody.ShouldContain("-300.00 USD");
        var attachment = mail.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("PCN-2026-000001.pdf");
        attachment.Content.ShouldBe((await PdfAsync(note.Id)).Content);
        var text = PdfText(attachment.Content);
        text.ShouldContain("PCN-2026-000001");
        text.ShouldContain("cancels payout statement PAY-2026-000001");
    }

    [Fact]
    public async Task An_erased_expert_gets_no_mail_and_an_archived_one_gets_the_statement_without_a_portal_link()
    {
        var (erased, erasedDraft) = await DraftedAsync("Dr Ana Ruiz", "ana.ruiz@example.com", 2m);
        await ChangeAsync(async db => (await db.Experts.SingleAsync(e => e.Id == erased.Id, Cancellation)).Erase("Asked to be forgotten", Clock.UtcNow));
        var (archived, archivedDraft) = await DraftedAsync("Dr Ben Okafor", "ben.okafor@example.com", 1m, ExpertStatus.Archived);

        (await IssueAsync(erasedDraft.Id, archivedDraft.Id)).Issued.Count.ShouldBe(2);
        await App.RunAsync(s => s.Get<VoidPayoutStatementHandler>().HandleAsync(new VoidPayoutStatementCommand(erasedDraft.Id, "Issued in error"), Cancellation));

        var mail = (await MailsAsync()).ShouldHaveSingleItem();
        mail.ToAddress.ShouldBe(archived.Email);
        mail.Attachments.ShouldHaveSingleItem();
        mail.TextBody.ShouldNotContain("/portal/");
        (await ReadAsync(db => db.PortalSignInLinks.AnyAsync(Cancellation))).ShouldBeFalse();
    }
}
