using Tradeoff.Core.Results;
using Tradeoff.Reporting.Plots;

namespace Tradeoff.Reporting.Tests;

public sealed class PlotTests
{
    [Fact]
    public void There_is_one_Pareto_scatter_per_pair_of_objectives_with_every_point_labelled()
    {
        var plots = ReportPlots.Pareto(SampleDocument.Create());

        Assert.Equal(["pareto-latency.p99-accuracy", "pareto-model-size-accuracy", "pareto-model-size-latency.p99"], plots.Select(p => p.Name));
        foreach (var name in new[] { "baseline", "decision-tree", "logistic-regression", "naive-bayes", "random-forest" })
        {
            // Once beside its point, once in the legend.
            Assert.Equal(2, plots[0].Svg!.Split(">" + name + "</text>").Length - 1);
        }

        // In the technique's colour: frontier filled, dominated hollow, eliminated a cross.
        Assert.Contains("fill=\"#009E73\" stroke=\"#009E73\" stroke-width=\"1.5\" class=\"point\"><title>logistic-regression (frontier)", plots[0].Svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#fff\" stroke=\"#CC79A7\" stroke-width=\"1.5\" class=\"point\"><title>naive-bayes (dominated)", plots[0].Svg, StringComparison.Ordinal);
        Assert.Contains("stroke=\"#0072B2\" stroke-width=\"2\" fill=\"none\"><title>baseline (eliminated)", plots[0].Svg, StringComparison.Ordinal);
        Assert.Contains("<title>Pareto frontier</title>", plots[0].Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_draw_percentile_steps_and_say_so_When_latency_samples_were_not_kept()
    {
        var sample = SampleDocument.Create();
        var document = sample with { Techniques = [sample.Techniques[0]] };

        var plot = ReportPlots.Measurements(document).Single(p => p.Name == "latency");

        Assert.NotNull(plot.Svg);
        Assert.Contains("steps through p50, p90 and p99", plot.Caption, StringComparison.Ordinal);
        Assert.Contains(">p50/p90/p99 steps</text>", plot.Svg, StringComparison.Ordinal);
        Assert.Contains("stroke=\"#0072B2\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-dasharray=\"5 3\"><title>baseline</title>", plot.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_omit_a_plot_with_a_sentence_When_its_qualities_are_absent()
    {
        var sample = SampleDocument.Create();
        var document = sample with { Techniques = sample.Techniques.Select(t => t with { Qualities = new Dictionary<string, QualityValue> { ["accuracy"] = t.Qualities["accuracy"] } }).ToList() };

        var plots = ReportPlots.Measurements(document).ToDictionary(p => p.Name);

        foreach (var name in new[] { "parallel", "latency", "learning-curves", "fairness", "robustness" })
        {
            Assert.Null(plots[name].Svg);
            Assert.EndsWith(".", plots[name].Caption, StringComparison.Ordinal);
        }

        Assert.Contains("no protected attribute", plots["fairness"].Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void The_learning_curve_reads_the_training_rows_from_the_details()
    {
        var plot = ReportPlots.Measurements(SampleDocument.Create()).Single(p => p.Name == "learning-curves");

        Assert.Contains("training rows", plot.Svg, StringComparison.Ordinal);
        Assert.Contains("decision-tree: 66% at 90", plot.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_rows_to_95_off_the_learning_curve_When_the_document_has_it()
    {
        var sample = SampleDocument.Create();
        var tree = sample.Techniques[1];
        var rows = new QualityValue { Value = 159.7, Unit = "rows", Details = new Dictionary<string, double> { ["10%"] = 0.66 } };
        var document = sample with { Techniques = [tree with { Qualities = new Dictionary<string, QualityValue>(tree.Qualities) { ["data-needs.rows-to-95"] = rows } }] };

        var plot = ReportPlots.Measurements(document).Single(p => p.Name == "learning-curves");

        Assert.DoesNotContain("159.7", plot.Svg, StringComparison.Ordinal);
        Assert.Contains("decision-tree: 74% at 900", plot.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parallel_view_keeps_to_the_ranked_and_headline_qualities()
    {
        var plot = ReportPlots.Measurements(SampleDocument.Create()).Single(p => p.Name == "parallel");

        Assert.Contains(">model-size</text>", plot.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">data-needs.accuracy-10</text>", plot.Svg, StringComparison.Ordinal);
    }
}
