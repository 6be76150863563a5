using Tradeoff.Reporting.Formats;

namespace Tradeoff.Reporting.Tests;

public sealed class ReportWriterTests
{
    [Fact]
    public void Writes_the_html_the_markdown_with_its_svg_plots_the_json_and_the_model_card()
    {
        var folder = EmptyFolder("writer");

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

    [Fact]
    public void Should_render_every_registered_format_to_a_writer_When_no_file_is_involved()
    {
        // Given the registry and the sample run's report
        var report = ReportModel.Of(SampleDocument.Create());

        // Then every format has its own id and file, and renders the run to a writer alone
        Assert.Equal(["html", "md", "json", "model-card"], ReportFormats.Ids);
        Assert.Equal(ReportFormats.All.Count, ReportFormats.All.Select(f => f.FileName).Distinct().Count());
        foreach (var format in ReportFormats.All)
        {
            Assert.Contains("Credit scoring (sample)", Render.With(w => format.Write(report, w)), StringComparison.Ordinal);
        }

        Assert.Contains(ReportFormats.Markdown.Companions(report), c => c.Name == "latency.svg");
        Assert.Empty(ReportFormats.Html.Companions(report));
    }

    [Fact]
    public void Should_write_each_registered_format_under_its_file_name_When_a_folder_is_asked()
    {
        // Given an empty folder
        var folder = EmptyFolder("writer-registry");

        // When every report is written
        var written = ReportWriter.WriteAll(SampleDocument.Create(), folder);

        // Then each format's file is there, as the format renders it
        foreach (var format in ReportFormats.All)
        {
            var path = Path.Combine(folder, format.FileName);
            Assert.Contains(path, written);
            Assert.Equal(Render.With(w => format.Write(ReportModel.Of(SampleDocument.Create()), w)), File.ReadAllText(path));
        }
    }

    private static string EmptyFolder(string name)
    {
        var folder = Path.Combine(Paths.Artifacts(name), "out");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }
}
