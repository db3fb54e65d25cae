using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Infrastructure.Templates;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Infrastructure.Tests.Templates;

public sealed class TemplateRenderingTests
{
    private readonly TemplateEngine _engine = RepositoryTemplates.CreateEngine();

    public static TheoryData<string> EmailNames() =>
        new(TemplateCatalog.All.Where(t => t.Kind == TemplateKind.Email).Select(t => t.Name));

    public static TheoryData<string> DocumentNames() =>
        new(TemplateCatalog.All.Where(t => t.Kind == TemplateKind.Document).Select(t => t.Name));

    [Theory]
    [MemberData(nameof(EmailNames))]
    public void Every_email_renders_with_sample_data(string name)
    {
        var email = _engine.RenderEmail(name, TemplateCatalog.Get(name).SampleModel);

        email.Subject.ShouldNotBeNullOrWhiteSpace();
        email.Subject.ShouldNotContain("{{");
        email.Subject.ShouldNotContain("\\");
        email.Html.ShouldStartWith("<!DOCTYPE html>");
        // Emails that carry a link (an app page, or a mailto for replies) render it in both parts.
        if (TemplateCatalog.Get(name).Variables.Any(v => v.EndsWith(".url", StringComparison.Ordinal)))
        {
            email.Html.ShouldContain("<a style=");
            email.Html.ShouldMatch("href=\"(https://app\\.example\\.com/|mailto:)");
            email.Text.ShouldMatch("\\((https://app\\.example\\.com/|mailto:)");
        }
        email.Html.ShouldNotContain("{{");
        email.Html.ShouldNotContain("\\");
        email.Text.ShouldNotContain("**");
        email.Text.ShouldNotContain("\\");
        email.Text.ShouldContain("Kind regards,");
    }

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public void Every_document_renders_with_sample_data(string name)
    {
        var markdown = _engine.RenderDocument(name, TemplateCatalog.Get(name).SampleModel);

        markdown.ShouldNotContain("{{");
        var document = MarkdownRendering.Parse(markdown);
        document.OfType<HeadingBlock>().First().Level.ShouldBe(1);
        MarkdownRendering.ToPlainText(markdown).ShouldContain("Łukasiewicz");
    }

    [Fact]
    public void Offer_email_reads_well()
    {
        var email = _engine.RenderEmail(TemplateCatalog.Names.OfferEmail, TemplateCatalog.Get(TemplateCatalog.Names.OfferEmail).SampleModel);

        email.Subject.ShouldBe("Engagement offer: Robotic-assisted knee replacement review");
        email.Text.ShouldContain("Dear Dr Zofia Łukasiewicz,");
        email.Text.ShouldContain("- Rate: 180.00 EUR per hour");
        email.Text.ShouldContain("- Estimated time: 12.5 h");
        email.Text.ShouldContain("Please accept or decline by 27 February 2026.");
        email.Text.ShouldContain("Review and respond to the offer (https://app.example.com/offers/8f3a)");
        email.Html.ShouldContain("<strong>Robotic-assisted knee replacement review</strong>");
        email.Html.ShouldContain("href=\"https://app.example.com/offers/8f3a\"");
    }

    [Fact]
    public void Sprint_invite_shows_local_times_across_the_daylight_saving_change()
    {
        var email = _engine.RenderEmail(TemplateCatalog.Names.SprintInviteEmail, TemplateCatalog.Get(TemplateCatalog.Names.SprintInviteEmail).SampleModel);

        email.Text.ShouldContain("Starts: 28 March 2026, 09:00 (Europe/Warsaw, UTC+01:00)");
        email.Text.ShouldContain("Ends: 30 March 2026, 17:00 (Europe/Warsaw, UTC+02:00)");
        email.Text.ShouldContain("Where: Online (video call)");
    }

    [Fact]
    public void Invoice_document_has_a_table_of_lines_and_totals()
    {
        var markdown = _engine.RenderDocument(TemplateCatalog.Names.InvoiceDocument, TemplateCatalog.Get(TemplateCatalog.Names.InvoiceDocument).SampleModel);

        var table = MarkdownRendering.Parse(markdown).Descendants<Table>().Last();
        var rows = table.OfType<TableRow>().ToList();
        rows.Count.ShouldBe(1 + 2 + 3);
        rows[0].IsHeader.ShouldBeTrue();
        table.ColumnDefinitions[3].Alignment.ShouldBe(TableColumnAlign.Right);

        var text = MarkdownRendering.ToPlainText(markdown);
        text.ShouldContain("Dr Zofia Łukasiewicz — Review, 2026-03-02–2026-03-27 | 12.5 h | 240.00 EUR | 3,000.00 EUR");
        text.ShouldContain("Subtotal | 4,500.00 EUR");
        text.ShouldContain("VAT 23% | 1,035.00 EUR");
        text.ShouldContain("Total due | 5,535.00 EUR");
        text.ShouldContain("Reverse charge: VAT to be accounted for by the recipient.");
    }

    [Fact]
    public void Optional_values_can_be_left_out()
    {
        var model = new
        {
            expert = new { name = "Dr Jan Nowak" },
            sprint = new { title = "Sprint", start = new DateTimeOffset(2026, 5, 4, 7, 0, 0, TimeSpan.Zero), end = new DateTimeOffset(2026, 5, 4, 15, 0, 0, TimeSpan.Zero), timeZone = "Europe/Warsaw", url = "https://app.example.com/s/1" },
            sender = new { name = "Anna" },
        };

        var email = _engine.RenderEmail(TemplateCatalog.Names.SprintInviteEmail, model);

        email.Text.ShouldNotContain("Where:");
        email.Text.ShouldContain("Starts: 4 May 2026, 09:00 (Europe/Warsaw, UTC+02:00)");
    }

    [Fact]
    public void Rendering_the_wrong_kind_is_refused()
    {
        Should.Throw<InvalidOperationException>(() => _engine.RenderDocument(TemplateCatalog.Names.OfferEmail, new { }));
        Should.Throw<KeyNotFoundException>(() => _engine.RenderEmail("emails/nope", new { }));
    }

    [Fact]
    public void A_replaced_template_is_used_until_invalidated()
    {
        var engine = RepositoryTemplates.CreateEngine();
        var model = TemplateCatalog.Get(TemplateCatalog.Names.CredentialExpiryEmail).SampleModel;
        var original = engine.RenderEmail(TemplateCatalog.Names.CredentialExpiryEmail, model);

        engine.Replace(TemplateCatalog.Names.CredentialExpiryEmail, """
            ---
            subject: Renew {{credential.name}}
            variables: [credential.name, credential.url]
            ---
            [Renew now]({{credential.url}})
            """);
        var edited = engine.RenderEmail(TemplateCatalog.Names.CredentialExpiryEmail, model);
        edited.Subject.ShouldBe("Renew Medical licence (Naczelna Izba Lekarska)");
        edited.Text.ShouldBe("Renew now (mailto:compliance@expertnetwork.example?subject=Renewed%20credential)\n");

        engine.Invalidate(TemplateCatalog.Names.CredentialExpiryEmail);
        engine.RenderEmail(TemplateCatalog.Names.CredentialExpiryEmail, model).ShouldBe(original);
    }

    [Fact]
    public void An_invalid_replacement_is_rejected_and_the_cached_template_kept()
    {
        var engine = RepositoryTemplates.CreateEngine();
        var model = TemplateCatalog.Get(TemplateCatalog.Names.OfferEmail).SampleModel;
        var before = engine.RenderEmail(TemplateCatalog.Names.OfferEmail, model);

        Should.Throw<InvalidOperationException>(() => engine.Replace(TemplateCatalog.Names.OfferEmail, "---\nsubject: x\nvariables: [offer.url]\n---\n{{#if offer.url}}open"));

        engine.RenderEmail(TemplateCatalog.Names.OfferEmail, model).ShouldBe(before);
    }

    [Fact]
    public void AddTemplates_binds_the_configured_directory()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Templates:Directory"] = RepositoryTemplates.Directory })
            .Build();
        using var provider = new ServiceCollection().AddTemplates(configuration).BuildServiceProvider();

        var engine = provider.GetRequiredService<TemplateEngine>();
        engine.Directory.ShouldBe(RepositoryTemplates.Directory);
        provider.GetRequiredService<ITemplateRenderer>().ShouldBeSameAs(engine);
    }
}
