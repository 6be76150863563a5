using System.Globalization;
using Tradeoff.Core.Results;
using Tradeoff.Runs;
using Tradeoff.Selection;

namespace Tradeoff.Reporting.Tests;

/// <summary>
/// A run of twelve techniques with close values, so that labels crowd in every plot: accuracies within a few points,
/// latencies and sizes within a factor of three, long technique names, four tuned techniques whose trials lie close
/// together, fairness for two protected attributes, learning curves, robustness and latency samples. Two constraints
/// eliminate some techniques, so every role (frontier, dominated, eliminated) is drawn.
/// </summary>
internal static class CrowdedDocument
{
    public static readonly string[] Names =
    [
        "baseline", "one-rule", "decision-tree", "tree-depth-5", "random-forest", "gradient-boosting",
        "logistic-regression", "logistic-regression-l1", "naive-bayes", "k-nearest-neighbours", "neural-network", "neural-network-wide",
    ];

    private static readonly string[] Constraints = ["accuracy >= baseline + 0.02", "latency.p99 <= 2.5us"];
    private static readonly string[] Tuned = ["decision-tree", "random-forest", "gradient-boosting", "neural-network"];

    public static ResultsDocument Create()
    {
        var techniques = Names.Select(Technique).ToList();
        var sample = SampleDocument.Create();
        var study = sample.Study with { Name = "Crowded study", Description = null, Train = "data/crowded.csv", Constraints = Constraints };
        var input = SampleDocument.Input(techniques, study.Weights, Constraints);
        var run = new RunResult { Study = study, Environment = sample.Environment, Techniques = techniques };
        return ResultsDocument.From(new RunOutcome(run, Selector.Select(input), false));
    }

    private static TechniqueResult Technique(string name, int i)
    {
        // Close values with a trade-off: accuracy rises with i by half a point, latency and size grow slowly, and
        // every third technique is a little worse, so that it is dominated.
        var worse = i % 3 == 2 ? 0.004 : 0;
        var accuracy = 0.70 + (i == 0 ? 0 : 0.03 + (0.005 * i) - worse);
        var p50 = 0.8 + (0.12 * i) + (worse * 100);
        var size = 1000 * (1 + (0.18 * i));
        var samples = i % 2 == 0 ? p50 : (double?)null;
        var result = SampleDocument.Technique(
            name,
            name,
            i < 4 ? ["interpretable"] : [],
            SampleDocument.Q("accuracy", accuracy, 0.02, accuracy - 0.015, accuracy + 0.015),
            SampleDocument.Latency(p50, p50 * 1.3, p50 * 1.6, samples),
            SampleDocument.Q("model-size", size),
            SampleDocument.Q("parameters", size / 20),
            SampleDocument.Q("train-time", 0.01 + (0.002 * i)),
            SampleDocument.Q("throughput", 16_806_723 - (1_000_000 * i)),
            SampleDocument.Q("robustness.noise-drop", 0.02 + (0.001 * i), 0.01),
            SampleDocument.Fairness("personal_status", 0.05 + (0.002 * i), 0.02, 0.09),
            SampleDocument.Fairness("age", 0.04 + (0.002 * i), 0.01, 0.08),
            SampleDocument.Q("fairness.accuracy-gap", 0.05 + (0.002 * i), null, 0.02, 0.09),
            SampleDocument.Curve(accuracy - 0.04, accuracy - 0.025, accuracy - 0.01, accuracy));
        return Tuned.Contains(name) ? result with { Tuning = Tuning(i, accuracy, size) } : result;
    }

    private static TuningResult Tuning(int i, double accuracy, double size)
    {
        var trials = Enumerable.Range(1, 8)
            .Select(k => TunedDocument.Trial(
                k,
                TunedDocument.Settings(("max-depth", (k + i).ToString(CultureInfo.InvariantCulture))),
                accuracy - 0.02 + (0.004 * k) - (k % 3 == 0 ? 0.006 : 0),
                0.01,
                size * (0.7 + (0.08 * k)),
                null,
                null))
            .ToList();
        return new TuningResult
        {
            Strategy = "random",
            Metric = "accuracy",
            TrialsPlanned = 8,
            InnerFolds = 3,
            Trials = trials,
            Chosen = 5,
            Reason = "highest accuracy in the 3-fold inner cross-validation",
            Frontier = [1, 2, 4, 5, 7, 8],
            FrontierObjectives = ["accuracy", "model-size"],
            SearchSeconds = 0.5,
            NestedSeconds = 4,
            Evaluation = TunedDocument.Nested,
        };
    }
}
