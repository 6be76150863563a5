using Tradeoff.Reporting.ModelCards;

namespace Tradeoff.Reporting.Tests;

public sealed class ModelCardTests
{
    [Fact]
    public void The_card_follows_Mitchell_et_al_for_the_recommended_model()
    {
        var sections = ModelCard.Build(ReportModel.Of(SampleDocument.Create()));

        Assert.Equal(
            ["Model details", "Intended use", "Factors", "Metrics", "Evaluation data", "Quantitative analyses", "Ethical considerations", "Caveats and recommendations", "Using the model"],
            sections.Select(s => s.Title));
        Assert.Contains("logistic-regression", ((CardBullets)sections[0].Blocks[0]).Items[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_how_to_export_the_model_and_load_it_from_CSharp_and_Python()
    {
        var card = Render.ModelCard(SampleDocument.Create());

        Assert.Contains("tradeoff export RUN logistic-regression --out model.onnx", card, StringComparison.Ordinal);
        Assert.Contains("```csharp\nusing Microsoft.ML.OnnxRuntime;", card.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("new InferenceSession(\"model.onnx\")", card, StringComparison.Ordinal);
        Assert.Contains("```python\nimport numpy as np\nimport onnxruntime as ort", card.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("session.run([\"label\", \"probabilities\"], feeds)", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_protected_attributes_once_from_the_report_model_When_fairness_was_measured_for_them()
    {
        // Given a run whose fairness was measured for 'personal_status' (an overall gap and a per-attribute one)
        var document = SampleDocument.Create(attribute: "personal_status");

        // When the report model and the card are built
        var report = ReportModel.Of(document);
        var card = Render.ModelCard(document);

        // Then the attribute is named once, from the per-attribute quality only, and its groups are analysed
        Assert.Equal(["personal_status"], report.ProtectedAttributes);
        Assert.Contains("Protected attributes evaluated: personal_status.", card, StringComparison.Ordinal);
        Assert.Contains("By 'personal_status':", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_state_the_adapted_settings_When_the_model_s_defaults_adapted_to_the_data()
    {
        // Given the sample, and the same sample whose recommended model states the defaults its final fit adapted
        var sample = SampleDocument.Create();
        const string Adapted = "fitted with max-iterations=50 (defaults adapted to 691 training rows)";
        var adapted = sample with
        {
            Techniques = sample.Techniques.Select(t => t.Name != "logistic-regression" ? t : t with
            {
                Qualities = t.Qualities.ToDictionary(q => q.Key, q => q.Key == "parameters" ? q.Value with { Note = Adapted } : q.Value),
            }).ToList(),
        };

        // When their cards are rendered
        var card = Render.ModelCard(adapted);

        // Then the card says what the model was fitted with; a model with fixed defaults says nothing of it
        Assert.Contains("Adapted settings: " + Adapted, card, StringComparison.Ordinal);
        Assert.DoesNotContain("Adapted settings", Render.ModelCard(sample), StringComparison.Ordinal);
    }

    [Fact]
    public void Group_rates_carry_Wilson_intervals()
    {
        var card = Render.ModelCard(SampleDocument.Create());

        // 0.72 accuracy over 310 rows: Wilson 95% [0.668, 0.767].
        Assert.Contains("| female | 310 | 72% [66.8%, 76.7%] |", card, StringComparison.Ordinal);
        var (lower, upper) = GroupRates.Wilson(0.5, 100);
        Assert.Equal(0.404, lower, 3);
        Assert.Equal(0.596, upper, 3);
    }

    [Fact]
    public void Caveats_name_estimates_and_warnings()
    {
        var card = Render.ModelCard(SampleDocument.Create());

        Assert.Contains("energy.train is an estimate, not a measurement", card, StringComparison.Ordinal);
        Assert.Contains("energy is an estimate: RAPL counters are not readable here", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_no_group_was_evaluated_When_the_study_requests_no_fairness()
    {
        var sample = SampleDocument.Create();
        var document = sample with
        {
            Techniques = sample.Techniques.Select(t => t with
            {
                Qualities = t.Qualities.Where(q => !q.Key.StartsWith("fairness.", StringComparison.Ordinal)).ToDictionary(q => q.Key, q => q.Value),
            }).ToList(),
            Environment = sample.Environment with { Configuration = "Debug", Warnings = ["built in Debug: timings are not to be trusted"] },
        };

        var card = Render.ModelCard(document);

        Assert.Contains("The study names no protected attribute, so no group factor was evaluated.", card, StringComparison.Ordinal);
        Assert.Contains("No disaggregated analysis", card, StringComparison.Ordinal);
        Assert.Contains("built in Debug", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_inconclusive_verdicts_as_caveats_When_the_recommended_model_has_them()
    {
        var sample = SampleDocument.Create();
        var verdict = sample.Verdicts!.First(v => v.Candidate == "naive-bayes" && v.Outcome == Selection.Outcome.Inconclusive);
        var document = sample with { Verdicts = [.. sample.Verdicts!, verdict with { Candidate = "logistic-regression" }] };

        var card = Render.ModelCard(document);

        Assert.Contains("is inconclusive for this model", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_explain_the_missing_card_When_nothing_is_recommended()
    {
        var document = SampleDocument.Create() with { Recommended = null, Ranking = [] };

        var sections = ModelCard.Build(ReportModel.Of(document));

        Assert.Equal("No recommended model", Assert.Single(sections).Title);
        Assert.Null(ModelCard.Subject(document));
    }
}
