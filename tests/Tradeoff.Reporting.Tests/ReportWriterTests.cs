namespace Tradeoff.Reporting.Tests;

public sealed class ReportWriterTests
{
    [Fact]
    public void Writes_the_html_the_markdown_with_its_svg_plots_the_json_and_the_model_card()
    {
        var folder = Path.Combine(Paths.Artifacts("writer"), "out");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var written = ReportWriter.WriteAll(SampleDocument.Create(), folder);

        var names = written.Select(Path.GetFileName).ToHashSet();
        Assert.Subset(names, new HashSet<string?> { "report.html", "report.md", "results.json", "model-card.md", "pareto-latency.p99-accuracy.svg", "latency.svg", "fairness.svg" });
        var markdown = File.ReadAllText(Path.Combine(folder, "report.md"));
        foreach (var svg in names.Where(n => n!.EndsWith(".svg", StringComparison.Ordinal)))
        {
            Assert.Contains($"]({svg})", markdown, StringComparison.Ordinal);
            Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", File.ReadAllText(Path.Combine(folder, svg!)), StringComparison.Ordinal);
        }
    }
}
