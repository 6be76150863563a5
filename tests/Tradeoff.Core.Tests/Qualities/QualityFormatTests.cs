using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Core.Tests.Qualities;

public sealed class QualityFormatTests
{
    [Theory]
    [InlineData(0.4, "us", "400 ns")]
    [InlineData(400.0, "us", "400 us")]
    [InlineData(1400.0, "us", "1.4 ms")]
    [InlineData(2500000.0, "us", "2.5 s")]
    [InlineData(0.0021, "s", "2.1 ms")]
    [InlineData(12.34, "s", "12.3 s")]
    [InlineData(999.0, "B", "999 B")]
    [InlineData(2000.0, "B", "2 KB")]
    [InlineData(2.35e6, "B", "2.35 MB")]
    [InlineData(3e9, "B", "3 GB")]
    [InlineData(0.8512, "fraction", "85.1%")]
    [InlineData(0.7, "fraction", "70%")]
    [InlineData(0.00042, "fraction", "0.042%")]
    [InlineData(12345.0, "rows/s", "12,345 rows/s")]
    [InlineData(266610.0, "count", "266,610")]
    [InlineData(2.5, "count", "2.5")]
    [InlineData(1.0, "flag", "yes")]
    [InlineData(0.52, "nats", "0.52 nats")]
    [InlineData(1.25, "USD", "$1.25")]
    [InlineData(0.0000001234, "USD", "$0.000000123")]
    [InlineData(double.NaN, "us", "not measured")]
    public void Should_format_values_with_readable_prefixes(double value, string unit, string expected) =>
        Assert.Equal(expected, QualityFormat.Value(value, unit));

    [Theory]
    [InlineData(0.031, "3.1 points")]
    [InlineData(-0.01, "1 point")]
    public void Should_give_fraction_differences_in_points(double difference, string expected) =>
        Assert.Equal(expected, QualityFormat.Difference(difference, "fraction"));

    [Theory]
    [InlineData(1e-20, "1E-20")]
    [InlineData(-1e-20, "-1E-20")]
    [InlineData(-0.0001, "-0.0001")]
    [InlineData(0.0123456, "0.0123")]
    [InlineData(1234.5, "1,235")]
    public void Should_never_show_a_non_zero_number_as_zero(double value, string expected) =>
        Assert.Equal(expected, QualityFormat.Number(value));

    [Fact]
    public void Should_show_a_fraction_as_a_percentage_with_its_spread_in_points()
    {
        // Given an accuracy of 0.7523 with a standard deviation of 0.031 across folds
        var accuracy = new QualityValue { Value = 0.7523, Unit = "fraction", Std = 0.031 };

        // When it is formatted for a report
        var text = QualityFormat.Format(accuracy);

        // Then it reads as the explanations read it: a percentage, its spread in points
        Assert.Equal("75.2% ± 3.1 points", text);
    }

    [Fact]
    public void Should_write_the_spread_of_a_fraction_in_points_not_as_a_bare_number_When_it_has_an_interval_too()
    {
        // Given Fashion-MNIST's accuracy of 0.841 with a standard deviation of 0.00367 across folds and its interval
        var accuracy = new QualityValue { Value = 0.841, Unit = "fraction", Std = 0.00367, Lower = 0.8365, Upper = 0.8455 };

        // When it is formatted for the console and the reports
        var text = QualityFormat.Format(accuracy);

        // Then the spread says its unit, as the value does: points of the percentage, never "± 0.367" beside "84.1%"
        Assert.Equal("84.1% ± 0.367 points", text);
    }

    [Fact]
    public void Should_write_the_spread_of_a_quality_in_nats_in_nats()
    {
        var loss = new QualityValue { Value = 0.52, Unit = "nats", Std = 0.04 };

        Assert.Equal("0.52 nats ± 0.04 nats", QualityFormat.Format(loss));
    }

    [Fact]
    public void Should_show_a_figure_below_the_resolution_as_below_it_and_an_estimate_as_such()
    {
        // Given a memory figure under one page and an estimated energy
        var memory = new QualityValue { Value = 100, Unit = "B", Details = new Dictionary<string, double> { ["resolution-bytes"] = 4096 } };
        var energy = new QualityValue { Value = 1.4, Unit = "J", Estimated = true };

        // When they are formatted
        // Then neither claims a precision it does not have
        Assert.Equal("< 4.1 KB", QualityFormat.Format(memory));
        Assert.Equal("1.4 J (est.)", QualityFormat.Format(energy));
    }

    [Fact]
    public void Should_show_memory_at_page_resolution_with_its_count_of_pages()
    {
        var memory = new QualityValue { Value = 8192, Unit = "B", Details = new Dictionary<string, double> { ["resolution-bytes"] = 4096 } };

        Assert.Equal("8.19 KB (2 pages)", QualityFormat.Format(memory));
    }

    [Fact]
    public void Should_show_a_spread_of_rounding_error_as_no_spread()
    {
        // Given ten identical folds, whose standard deviation is rounding error
        var accuracy = new QualityValue { Value = 0.7, Unit = "fraction", Std = 1.2e-16 };

        // Then it reads 0, not 0.000000000000012
        Assert.Equal("70% ± 0 points", QualityFormat.Format(accuracy));
    }

    [Fact]
    public void Should_give_every_catalog_quality_a_unit_the_formatter_and_the_constraint_parser_agree_on()
    {
        // Given every quality of the catalog
        foreach (var quality in QualityCatalog.All)
        {
            // When its unit is looked up
            // Then it is one of the known catalog units, and a writable one parses back to itself
            Assert.Contains(quality.Unit, Units.CatalogUnits);
            if (Units.IsWritable(quality.Unit))
            {
                var parsed = Units.ToCatalogUnit(1, quality.Unit, quality, string.Empty, out var problem);
                Assert.Equal(1, parsed);
                Assert.Empty(problem);
            }
        }
    }
}
