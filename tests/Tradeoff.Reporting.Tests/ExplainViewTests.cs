using Spectre.Console.Testing;
using Tradeoff.Core;
using Tradeoff.Core.Techniques;
using Tradeoff.Reporting.Console;

namespace Tradeoff.Reporting.Tests;

public sealed class ExplainViewTests
{
    [Fact]
    public void Shows_the_techniques_place_in_the_selection_and_its_qualities()
    {
        var console = new TestConsole().Width(160);

        ExplainView.Render(console, SampleDocument.Create(), "random-forest");

        Assert.Contains("random-forest (random-forest) in Credit scoring (sample)", console.Output, StringComparison.Ordinal);
        Assert.Contains("eliminated: latency.p99 <= 1ms: 1.4 ms is above the limit 1 ms", console.Output, StringComparison.Ordinal);
        Assert.Contains("[1.3 ms, 1.5 ms]", console.Output, StringComparison.Ordinal);
        Assert.Contains("not in a results document", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_print_the_model_itself_When_the_trained_model_is_given()
    {
        var console = new TestConsole().Width(160);

        ExplainView.Render(console, SampleDocument.Create(), "decision-tree", new Rules());

        Assert.Contains("on the Pareto frontier; rank 2, utility 0.429 ± 0.040, tied at the top within the noise", console.Output, StringComparison.Ordinal);
        Assert.Contains("IF outlook = sunny AND humidity > 75 THEN no", console.Output, StringComparison.Ordinal);
        Assert.Contains("leaves: 3", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_permutation_importances_largest_first()
    {
        var sample = SampleDocument.Create();
        var tree = sample.Techniques[1];
        var importance = new Core.Results.QualityValue
        {
            Value = 0.12,
            Unit = "fraction",
            Details = new Dictionary<string, double> { ["age"] = 0.03, ["age std"] = 0.01, ["duration"] = 0.12 },
        };
        var document = sample with { Techniques = [tree with { Qualities = new Dictionary<string, Core.Results.QualityValue>(tree.Qualities) { ["importance"] = importance } }] };
        var console = new TestConsole().Width(160);

        ExplainView.Render(console, document, "decision-tree");

        var output = console.Output;
        Assert.Contains("Permutation importance", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("duration", StringComparison.Ordinal) < output.LastIndexOf("age", StringComparison.Ordinal));
        Assert.DoesNotContain("age std", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fail_with_a_hint_When_the_technique_is_not_in_the_run()
    {
        var error = Assert.Throws<InputException>(() => ExplainView.Find(SampleDocument.Create(), "decision-tre"));

        Assert.Contains("did you mean 'decision-tree'?", error.Message, StringComparison.Ordinal);
    }

    private sealed class Rules : IExplainableModel
    {
        public IReadOnlyDictionary<string, double> Complexity { get; } = new Dictionary<string, double> { ["leaves"] = 3, ["depth"] = 2 };

        public string Explain() => "IF outlook = sunny AND humidity > 75 THEN no\nIF outlook = overcast THEN yes\nELSE yes";
    }
}
