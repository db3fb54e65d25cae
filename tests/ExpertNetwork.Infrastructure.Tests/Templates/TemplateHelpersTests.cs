using ExpertNetwork.Infrastructure.Templates;

namespace ExpertNetwork.Infrastructure.Tests.Templates;

public sealed class TemplateHelpersTests
{
    [Theory]
    [InlineData(1234.5, "EUR", "1,234.50 EUR")]
    [InlineData(0, "pln", "0.00 PLN")]
    [InlineData(-20.125, "USD", "-20.13 USD")]
    [InlineData(1500000, "JPY", "1,500,000 JPY")]
    public void Money_formats_amount_and_currency(double amount, string currency, string expected)
    {
        TemplateHelpers.Money((decimal)amount, currency).ShouldBe(expected);
    }

    [Fact]
    public void Money_without_an_amount_is_empty()
    {
        TemplateHelpers.Money(null, "EUR").ShouldBe(string.Empty);
    }

    [Fact]
    public void Date_is_day_month_name_year()
    {
        TemplateHelpers.Date(new DateOnly(2026, 3, 3)).ShouldBe("3 March 2026");
        TemplateHelpers.Date(new DateTime(2026, 12, 24, 10, 0, 0, DateTimeKind.Utc)).ShouldBe("24 December 2026");
        TemplateHelpers.Date(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.FromHours(1))).ShouldBe("5 January 2026");
        TemplateHelpers.Date("2026-07-01").ShouldBe("1 July 2026");
    }

    [Theory]
    [InlineData("2026-03-28T08:00:00Z", "Europe/Warsaw", "28 March 2026, 09:00 (Europe/Warsaw, UTC+01:00)")]
    [InlineData("2026-03-30T07:00:00Z", "Europe/Warsaw", "30 March 2026, 09:00 (Europe/Warsaw, UTC+02:00)")]
    [InlineData("2026-11-01T05:30:00Z", "America/New_York", "1 November 2026, 01:30 (America/New_York, UTC-04:00)")]
    [InlineData("2026-11-01T06:30:00Z", "America/New_York", "1 November 2026, 01:30 (America/New_York, UTC-05:00)")]
    [InlineData("2026-06-01T00:30:00Z", "Asia/Kolkata", "1 June 2026, 06:00 (Asia/Kolkata, UTC+05:30)")]
    public void Datetime_shows_wall_clock_time_and_offset_in_the_zone(string instant, string zone, string expected)
    {
        TemplateHelpers.DateTimeInZone(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), zone).ShouldBe(expected);
    }

    [Fact]
    public void Datetime_takes_an_unspecified_DateTime_as_utc()
    {
        TemplateHelpers.DateTimeInZone(new DateTime(2026, 3, 30, 7, 0, 0, DateTimeKind.Unspecified), "Europe/Warsaw")
            .ShouldBe("30 March 2026, 09:00 (Europe/Warsaw, UTC+02:00)");
    }

    [Fact]
    public void Hours_drop_trailing_zeros()
    {
        TemplateHelpers.Hours(7.5m).ShouldBe("7.5 h");
        TemplateHelpers.Hours(8m).ShouldBe("8 h");
    }

    [Fact]
    public void Helpers_work_inside_templates()
    {
        var engine = RepositoryTemplates.CreateEngine();
        engine.Replace(TemplateCatalog.Names.InvoiceEmail, """
            ---
            subject: {{money invoice.total invoice.currency}} due {{date invoice.dueDate}}
            variables: [invoice.total, invoice.currency, invoice.dueDate]
            ---
            Total {{money invoice.total invoice.currency}}, due {{date invoice.dueDate}}.
            """);

        var email = engine.RenderEmail(TemplateCatalog.Names.InvoiceEmail, new { invoice = new { total = 5535m, currency = "EUR", dueDate = new DateOnly(2026, 4, 14) } });

        email.Subject.ShouldBe("5,535.00 EUR due 14 April 2026");
        email.Text.ShouldBe("Total 5,535.00 EUR, due 14 April 2026.\n");
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("pl-PL");
            var engine = RepositoryTemplates.CreateEngine();
            var definition = TemplateCatalog.Get(TemplateCatalog.Names.InvoiceDocument);

            var markdown = engine.RenderDocument(definition.Name, new { invoice = new { taxRate = 23.5m, tax = 1057.5m, currency = "EUR", dueDate = new DateOnly(2026, 4, 14) } });

            MarkdownRendering.ToPlainText(markdown).ShouldContain("VAT 23.5% | 1,057.50 EUR");
            MarkdownRendering.ToPlainText(markdown).ShouldContain("14 April 2026");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
