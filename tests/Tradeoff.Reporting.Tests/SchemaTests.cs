using System.Text.Json;
using Json.Schema;
using Tradeoff.Core.Results;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Tests;

public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Paths.Schema));

    [Fact]
    public void The_sample_results_document_is_valid_against_the_schema() =>
        AssertValid(Render.Json(SampleDocument.Create()));

    [Fact]
    public void A_document_with_an_unavailable_quality_and_no_selection_is_valid()
    {
        // Given a run without selection where one quality could not be measured (NaN, written as null)
        var sample = SampleDocument.Create();
        var technique = sample.Techniques[0] with
        {
            Qualities = new Dictionary<string, QualityValue> { ["energy.train"] = QualityValue.Unavailable("J", "not available: RAPL counters are not readable") },
        };
        var document = new ResultsDocument { Study = sample.Study, Environment = sample.Environment, Techniques = [technique] };

        // Then its JSON is valid
        var json = Render.Json(document);
        Assert.Contains("\"value\": null", json, StringComparison.Ordinal);
        AssertValid(json);
    }

    [Fact]
    public void A_document_ranked_by_lexicographic_priorities_is_valid()
    {
        var document = SampleDocument.Create() with
        {
            Weights = new Dictionary<string, double>(),
            Priorities = [new Selection.LexicographicPriority("accuracy", 0.01), new Selection.LexicographicPriority("latency.p99", 0.1, Relative: true)],
        };

        var json = Render.Json(document);

        Assert.Contains("\"priorities\"", json, StringComparison.Ordinal);
        AssertValid(json);
    }

    [Fact]
    public void A_document_whose_techniques_carry_their_provenance_is_valid()
    {
        var json = Render.Json(ProvenanceReportTests.Reused());

        Assert.Contains("\"measuredIn\"", json, StringComparison.Ordinal);
        Assert.Contains("\"runtimeSettings\"", json, StringComparison.Ordinal);
        AssertValid(json);
    }

    [Fact]
    public void Should_reject_a_provenance_When_its_fingerprint_is_not_one()
    {
        var sample = ProvenanceReportTests.Reused();
        var document = sample with { Techniques = [sample.Techniques[0] with { MeasuredIn = sample.Techniques[0].MeasuredIn! with { EnvironmentFingerprint = "Sample CPU" } }] };

        using var json = JsonDocument.Parse(Render.Json(document));

        Assert.False(Schema.Evaluate(json.RootElement).IsValid);
    }

    [Fact]
    public void Should_reject_a_document_When_a_required_part_is_missing_or_misspelt()
    {
        using var document = JsonDocument.Parse(Render.Json(SampleDocument.Create()));
        var withoutStudy = document.RootElement.EnumerateObject().Where(p => p.Name != "study").ToDictionary(p => p.Name, p => p.Value);
        withoutStudy["recomended"] = JsonSerializer.SerializeToElement("typo");

        var result = Schema.Evaluate(JsonSerializer.SerializeToElement(withoutStudy), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(result.IsValid);
    }

    internal static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}");
        Assert.True(result.IsValid, "not valid against docs/results.schema.json:\n" + string.Join("\n", errors));
    }
}
