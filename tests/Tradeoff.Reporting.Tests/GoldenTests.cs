namespace Tradeoff.Reporting.Tests;

public sealed class GoldenTests
{
    [Fact]
    public void The_Markdown_report_of_the_sample_run_matches_its_golden_file() =>
        Golden.Verify("report.md", Render.Markdown(SampleDocument.Create()));

    [Fact]
    public void The_results_JSON_of_the_sample_run_matches_its_golden_file() =>
        Golden.Verify("results.json", Render.Json(SampleDocument.Create()));

    [Fact]
    public void The_model_card_of_the_sample_run_matches_its_golden_file() =>
        Golden.Verify("model-card.md", Render.ModelCard(SampleDocument.Create()));
}
