using ExpertNetwork.Infrastructure.Templates;

namespace ExpertNetwork.Infrastructure.Tests.Templates;

public sealed class TemplateValidatorTests
{
    private const string Offer = TemplateCatalog.Names.OfferEmail;

    private static List<string> Errors(string name, string text) =>
        TemplateValidator.Validate(name, text).Select(e => e.Message).ToList();

    [Fact]
    public void A_valid_edit_has_no_errors()
    {
        Errors(Offer, """
            ---
            subject: Offer for {{expert.name}}
            variables: [expert.name, offer.url, offer.rate, offer.currency]
            ---
            Hello {{expert.name}}, {{money offer.rate offer.currency}}. {{! a comment }}
            {{#if offer.url}}[Open]({{offer.url}}){{else}}No link{{/if}}
            """).ShouldBeEmpty();
    }

    [Fact]
    public void Syntax_errors_are_reported_with_the_parser_message()
    {
        var errors = Errors(Offer, """
            ---
            subject: Offer
            variables: [expert.name]
            ---
            {{#if expert.name}}Hello
            """);

        errors.ShouldHaveSingleItem().ShouldStartWith("Syntax error: ");
        errors[0].Length.ShouldBeGreaterThan("Syntax error: ".Length);
    }

    [Fact]
    public void Syntax_errors_in_the_subject_are_reported()
    {
        Errors(Offer, "---\nsubject: Offer {{expert.name\nvariables: [expert.name]\n---\nHi\n")
            .ShouldContain(e => e.StartsWith("Syntax error in the subject: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_variables_are_reported_with_line_and_the_available_ones()
    {
        var errors = Errors(Offer, """
            ---
            subject: Offer
            variables: [expert.name]
            ---
            Hello {{expert.name}},

            your salary is {{expert.salary}}.
            """);

        var error = errors.ShouldHaveSingleItem();
        error.ShouldStartWith("Line 7: unknown variable 'expert.salary'.");
        error.ShouldContain("Variables available to emails/offer: expert.name, project.title");
    }

    [Fact]
    public void Unknown_variables_in_the_subject_and_in_helper_arguments_are_reported()
    {
        var errors = Errors(Offer, """
            ---
            subject: Offer {{offer.secret}}
            variables: [offer.currency]
            ---
            {{money offer.price offer.currency}}
            """);

        errors.Count.ShouldBe(2);
        errors.ShouldContain(e => e.StartsWith("Line 2: unknown variable 'offer.secret'", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("Line 5: unknown variable 'offer.price'", StringComparison.Ordinal));
    }

    [Fact]
    public void Variables_inside_each_resolve_against_the_list()
    {
        const string header = "---\nvariables: [invoice.number, invoice.currency, lines.description, lines.amount]\n---\n";

        Errors(TemplateCatalog.Names.InvoiceDocument, header + "{{#each lines}}{{description}} {{money amount ../invoice.currency}} {{@index}} {{money this.amount @root.invoice.currency}}{{/each}}")
            .ShouldBeEmpty();

        var errors = Errors(TemplateCatalog.Names.InvoiceDocument, header + "{{#each lines}}{{vatCode}} {{invoice.number}}{{/each}}");
        errors.Count.ShouldBe(2);
        errors.ShouldContain(e => e.StartsWith("Line 4: unknown variable 'lines.vatCode'", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("unknown variable 'lines.invoice.number' (inside {{#each}} or {{#with}}, reach outer values with ../ or @root.)", StringComparison.Ordinal));
    }

    [Fact]
    public void Variables_used_but_not_declared_in_the_front_matter_are_reported()
    {
        Errors(Offer, "---\nsubject: Offer\nvariables: [expert.name]\n---\n{{offer.url}}\n")
            .ShouldHaveSingleItem().ShouldBe("Line 5: variable 'offer.url' is used but not listed in the front matter 'variables'.");
    }

    [Fact]
    public void Front_matter_listing_unknown_variables_is_reported()
    {
        Errors(Offer, "---\nsubject: Offer\nvariables: [expert.name, expert.iban]\n---\nHi\n")
            .ShouldHaveSingleItem().ShouldStartWith("Front matter lists unknown variable 'expert.iban'.");
    }

    [Theory]
    [InlineData("Hello {{expert.name}}", "must start with a front-matter block")]
    [InlineData("---\nsubject: Offer\nvariables: [expert.name]\nHello", "front-matter block is not closed")]
    [InlineData("---\nsubject: Offer\n---\nHello", "must list the template's variables")]
    [InlineData("---\nsubject: Offer\nvariables: expert.name\n---\nHello", "must be a list in brackets")]
    [InlineData("---\nsubject: Offer\nvariables: [expert name]\n---\nHello", "invalid variable name(s): expert name")]
    [InlineData("---\nsubject: Offer\nvariables: []\nfrom: x\n---\nHello", "unknown key 'from'")]
    [InlineData("---\nvariables: []\n---\nHello", "An email template needs a subject")]
    public void Missing_or_invalid_front_matter_is_reported(string text, string expected)
    {
        Errors(Offer, text).ShouldContain(e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_have_no_subject()
    {
        Errors(TemplateCatalog.Names.NdaDocument, "---\nsubject: NDA\nvariables: []\n---\n# NDA\n")
            .ShouldHaveSingleItem().ShouldContain("A document template has no subject");
    }

    [Theory]
    [InlineData("{{> header}}", "partials ('{{> ...}}') are not supported")]
    [InlineData("{{shout expert.name}}", "unknown helper 'shout'")]
    [InlineData("{{#repeat expert.name}}x{{/repeat}}", "unknown block helper '#repeat'")]
    public void Unsupported_constructs_are_reported(string body, string expected)
    {
        Errors(Offer, $"---\nsubject: Offer\nvariables: [expert.name]\n---\n{body}\n")
            .ShouldContain(e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_template_names_are_reported()
    {
        Errors("emails/nope", "---\nvariables: []\n---\n").ShouldHaveSingleItem().ShouldStartWith("Unknown template 'emails/nope'.");
    }
}
