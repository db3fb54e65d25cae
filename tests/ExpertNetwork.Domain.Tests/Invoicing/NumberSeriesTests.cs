using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Domain.Tests.Invoicing;

public sealed class NumberSeriesTests
{
    [Fact]
    public void A_series_is_keyed_by_prefix_and_year()
    {
        var series = NumberSeries.Start("inv", 2026);

        series.Prefix.ShouldBe("INV");
        series.Key.ShouldBe("INV-2026");
        series.Key.ShouldBe(NumberSeries.KeyFor("INV", 2026));
        series.LastNumber.ShouldBe(0);
    }

    [Fact]
    public void Numbers_are_allocated_one_after_another_with_six_digits()
    {
        var series = NumberSeries.Start(NumberSeries.Invoices, 2026);

        series.Allocate(new DateOnly(2026, 1, 1)).ShouldBe((1L, "INV-2026-000001"));
        series.Allocate(new DateOnly(2026, 12, 31)).ShouldBe((2L, "INV-2026-000002"));
    }

    [Theory]
    [InlineData("2025-12-31")]
    [InlineData("2027-01-01")]
    public void A_document_dated_in_another_year_cannot_take_a_number(string date)
    {
        var series = NumberSeries.Start(NumberSeries.Invoices, 2026);
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Should.Throw<Refusal>(() => series.Allocate(day))
            .Message.ShouldBe($"A document dated {date} cannot take a number from the 2026 series.");
        series.LastNumber.ShouldBe(0);
    }

    [Theory]
    [InlineData("IN1", "A series prefix is letters only.")]
    [InlineData("INV-X", "A series prefix is letters only.")]
    [InlineData("INVOICES1", "Series prefix must be at most 8 characters.")]
    public void A_prefix_that_is_not_up_to_eight_letters_is_refused(string prefix, string message)
    {
        Should.Throw<Refusal>(() => NumberSeries.Start(prefix, 2026))
            .Message.ShouldBe(message);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(10000)]
    public void A_year_outside_2000_to_9999_is_refused(int year)
    {
        Should.Throw<Refusal>(() => NumberSeries.Start(NumberSeries.Invoices, year))
            .Message.ShouldBe("A series year must be between 2000 and 9999.");
    }
}
