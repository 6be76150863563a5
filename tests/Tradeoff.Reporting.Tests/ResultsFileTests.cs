using Tradeoff.Core;
using Tradeoff.Reporting.Formats;
using Tradeoff.Runs.Json;

namespace Tradeoff.Reporting.Tests;

public sealed class ResultsFileTests
{
    [Fact]
    public void A_written_document_reads_back_and_renders_the_same()
    {
        var document = SampleDocument.Create();
        var path = ReportWriter.Write(ReportFormats.Json, document, Path.Combine(Paths.Artifacts("results-file"), "results.json"))[0];

        var read = ResultsFile.Load(path);

        Assert.Equal(Render.Markdown(document), Render.Markdown(read));
        Assert.Equal(Render.Json(document), Render.Json(read));
    }

    [Fact]
    public void Should_name_the_file_and_place_When_it_is_not_a_results_document()
    {
        var path = Path.Combine(Paths.Artifacts("results-file"), "not-results.json");
        File.WriteAllText(path, "{\n  \"name\": \"x\",\n  \"techniques\": [\n");

        var error = Assert.Throws<FileFormatException>(() => ResultsFile.Load(path));

        Assert.Equal(path, error.File);
        Assert.NotNull(error.Line);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Should_say_how_to_get_one_When_the_file_is_missing()
    {
        var error = Assert.Throws<InputException>(() => ResultsFile.Load("no/such/results.json"));

        Assert.Contains("--report DIR", error.Message, StringComparison.Ordinal);
    }
}
