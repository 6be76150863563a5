using System.Globalization;

namespace Tradeoff.Reporting.Tests;

public sealed class CultureTests
{
    [Fact]
    public void Should_render_identical_reports_When_the_current_culture_is_German()
    {
        // Given the reports rendered under the invariant culture
        var document = SampleDocument.Create();
        var invariant = (Render.Markdown(document), Render.Html(document), Render.Json(document), Render.ModelCard(document));

        // When rendered again under de-DE (decimal comma, other date and digit grouping)
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (string, string, string, string) german;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            german = (Render.Markdown(document), Render.Html(document), Render.Json(document), Render.ModelCard(document));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }

        // Then every report is the same, byte for byte
        Assert.Equal(invariant.Item1, german.Item1);
        Assert.Equal(invariant.Item2, german.Item2);
        Assert.Equal(invariant.Item3, german.Item3);
        Assert.Equal(invariant.Item4, german.Item4);
        Assert.Contains("0.444 ± 0.030", invariant.Item1, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_render_identical_tuning_sections_When_the_current_culture_is_German()
    {
        var document = TunedDocument.Create();
        var invariant = Render.Markdown(document) + Render.Html(document) + Render.ModelCard(document);

        var previous = CultureInfo.CurrentCulture;
        string german;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            german = Render.Markdown(document) + Render.Html(document) + Render.ModelCard(document);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(invariant, german);
        Assert.Contains("73.6% ± 1.2 points", invariant, StringComparison.Ordinal);
    }
}
