using ExpertNetwork.Infrastructure.Templates;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExpertNetwork.Infrastructure.Tests.Templates;

public sealed class TemplateEscapingTests
{
    private readonly TemplateEngine _engine = RepositoryTemplates.CreateEngine();

    private static object HostileOffer(string url = "https://app.example.com/offers/1") => new
    {
        expert = new { name = "<script>alert('x')</script>" },
        project = new { title = "**bold** _it_ `code`", client = "[click me](javascript:alert(1))" },
        offer = new { rate = 100m, currency = "EUR", hours = 2m, startDate = new DateOnly(2026, 3, 3), respondBy = new DateOnly(2026, 3, 1), url },
        sender = new { name = "<img src=x onerror=alert(1)>\n# Injected heading\n\n- item" },
    };

    [Fact]
    public void Html_tags_in_values_are_text_not_markup()
    {
        var email = _engine.RenderEmail(TemplateCatalog.Names.OfferEmail, HostileOffer());

        email.Html.ShouldNotContain("<script", Case.Insensitive);
        email.Html.ShouldNotContain("<img", Case.Insensitive);
        email.Html.ShouldContain("&lt;script&gt;alert('x')&lt;/script&gt;");
        email.Text.ShouldContain("Dear <script>alert('x')</script>,");
    }

    [Fact]
    public void Markdown_in_values_is_text_not_formatting()
    {
        var email = _engine.RenderEmail(TemplateCatalog.Names.OfferEmail, HostileOffer());

        email.Html.ShouldNotContain("<strong>bold</strong>");
        email.Html.ShouldNotContain("<em>it</em>");
        email.Html.ShouldNotContain("<code>");
        email.Html.ShouldContain("<strong>**bold** _it_ `code`</strong>");
        email.Html.ShouldNotContain("<h1");
        email.Html.ShouldNotContain("<li>item");
        email.Text.ShouldContain("<img src=x onerror=alert(1)> # Injected heading  - item");
    }

    [Fact]
    public void Links_in_values_are_not_live()
    {
        var email = _engine.RenderEmail(TemplateCatalog.Names.OfferEmail, HostileOffer());

        email.Html.ShouldNotContain("href=\"javascript", Case.Insensitive);
        email.Html.Split("<a ").Length.ShouldBe(2, "only the template's own call-to-action link");
        email.Html.ShouldContain("[click me](javascript:alert(1))");
    }

    [Fact]
    public void A_javascript_url_in_a_link_target_is_dropped()
    {
        var email = _engine.RenderEmail(TemplateCatalog.Names.OfferEmail, HostileOffer("javascript:alert(document.cookie)"));

        email.Html.ShouldNotContain("href=\"javascript", Case.Insensitive);
        email.Html.ShouldNotContain("<a ");
        email.Html.ShouldContain("Review and respond to the offer");
        email.Text.ShouldNotContain("javascript:alert(document", Case.Insensitive);
    }

    [Fact]
    public void Raw_html_in_a_template_is_not_emitted()
    {
        var engine = RepositoryTemplates.CreateEngine();
        engine.Replace(TemplateCatalog.Names.NdaRequestEmail, """
            ---
            subject: NDA
            variables: [nda.url]
            ---
            <script>alert(1)</script>
            <a href="javascript:alert(1)">x</a> [y](javascript:alert(2)) <javascript:alert(3)>
            """);

        var email = engine.RenderEmail(TemplateCatalog.Names.NdaRequestEmail, new { nda = new { url = "https://x" } });

        email.Html.ShouldNotContain("<script", Case.Insensitive);
        email.Html.ShouldNotContain("href=\"javascript", Case.Insensitive);
        email.Html.ShouldContain("&lt;script&gt;");
        email.Html.ShouldNotContain("<a ");
        email.Text.ShouldContain("<a href=\"javascript:alert(1)\">x</a> y javascript:alert(3)");
    }

    [Fact]
    public void Subject_keeps_values_verbatim_on_one_line()
    {
        var email = _engine.RenderEmail(TemplateCatalog.Names.OfferEmail, HostileOffer());

        email.Subject.ShouldBe("Engagement offer: **bold** _it_ `code`");
        email.Html.ShouldContain("<title>Engagement offer: **bold** _it_ `code`</title>");

        var nda = _engine.RenderEmail(TemplateCatalog.Names.NdaRequestEmail, new { nda = new { title = "A\r\nBcc: x@example.com" } });
        nda.Subject.ShouldNotContain("\n");
        nda.Subject.ShouldNotContain("\r");
    }

    [Fact]
    public void Document_markdown_keeps_hostile_values_as_literal_text()
    {
        var model = new
        {
            nda = new { date = new DateOnly(2026, 2, 20), termYears = 5 },
            company = new { name = "ACME", address = "1. Main St" },
            expert = new { name = "**Dr** [x](javascript:alert(1)) <b>", address = "| a | b |" },
            project = new { title = "# Title", client = "![img](https://evil.example/p.png)" },
        };

        var markdown = _engine.RenderDocument(TemplateCatalog.Names.NdaDocument, model);
        var document = MarkdownRendering.Parse(markdown);

        document.Descendants<LinkInline>().ShouldBeEmpty();
        var sample = MarkdownRendering.Parse(_engine.RenderDocument(TemplateCatalog.Names.NdaDocument, TemplateCatalog.Get(TemplateCatalog.Names.NdaDocument).SampleModel));
        document.Descendants<EmphasisInline>().Count().ShouldBe(sample.Descendants<EmphasisInline>().Count());
        document.Descendants<HeadingBlock>().Count().ShouldBe(sample.Descendants<HeadingBlock>().Count());
        document.Descendants<Markdig.Extensions.Tables.Table>().Single().Descendants<Markdig.Extensions.Tables.TableCell>().Count().ShouldBe(8, "the signature table keeps its 2 columns x 4 rows");
        MarkdownRendering.ToPlainText(markdown).ShouldContain("**Dr** [x](javascript:alert(1)) <b>, | a | b |");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("**bold** __b__ *i* _i_ ~~s~~")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("![x](https://evil.example/a.png)")]
    [InlineData("# heading")]
    [InlineData("- list item")]
    [InlineData("1. ordered")]
    [InlineData("2026) ordered")]
    [InlineData("> quote")]
    [InlineData("`code` ```fence```")]
    [InlineData("| a | b |")]
    [InlineData("&amp; &lt; &#60;")]
    [InlineData("<https://autolink.example>")]
    [InlineData("back\\slash\\")]
    [InlineData("===")]
    [InlineData("Zofia Łukasiewicz, Jürgen Weiß & Co. (€ 1.50)")]
    public void Escaped_values_render_as_exactly_their_text(string value)
    {
        var markdown = "Value: " + MarkdownTextEncoder.Escape(value);
        var lineStart = MarkdownTextEncoder.Escape(value);

        MarkdownRendering.ToPlainText(markdown).ShouldBe($"Value: {value}\n");
        MarkdownRendering.ToPlainText(lineStart).ShouldBe($"{value}\n");
        var html = MarkdownRendering.ToHtmlFragment(lineStart);
        html.ShouldStartWith("<p style=");
        html.ShouldNotContain("<a ");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("<strong>");
        html.ShouldNotContain("<em>");
        html.ShouldNotContain("<code>");
        html.ShouldNotContain("<script");
    }

    [Fact]
    public void Line_breaks_in_values_become_spaces()
    {
        MarkdownTextEncoder.Escape("a\nb\r\nc").ShouldBe("a b  c");
    }
}
