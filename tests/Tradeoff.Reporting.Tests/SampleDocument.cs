using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Runs;
using Tradeoff.Selection;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Reporting.Tests;

/// <summary>
/// A small fixed run built in code, with the selection computed by Tradeoff.Selection itself: five techniques, three
/// constraints (one eliminates the baseline, one a slow forest, one is inconclusive), a frontier of two tied within
/// the noise at the top (logistic regression first by fewer parameters), fairness,
/// learning curves, robustness, latency samples for two techniques. Timings are fixed here, so goldens need no masking.
/// </summary>
internal static class SampleDocument
{
    public const string Script = "<script>alert(1)</script>";

    private static readonly string[] Constraints = ["accuracy >= baseline + 0.02", "latency.p99 <= 1ms", "fairness.accuracy-gap <= 0.10"];

    // How hard each of 10 folds was, shared by every technique scored on them (the mean is 0).
    private static readonly double[] FoldDifficulty = [-0.05, 0.02, 0.06, -0.03, 0.01, 0.05, -0.04, 0.00, 0.03, -0.05];

    public static ResultsDocument Create(string name = "Credit scoring (sample)", string attribute = "personal_status", string target = "class", bool pairedFolds = false)
    {
        var techniques = new List<TechniqueResult>
        {
            Technique("baseline", "baseline", ["interpretable", "incremental"], Q("accuracy", 0.70, 0.0, 0.70, 0.70), Latency(0.2, 0.3, 0.5, null), Q("model-size", 120), Q("parameters", 2), Q("train-time", 0.0001)),
            Technique("decision-tree", "decision-tree", ["interpretable"], Q("accuracy", 0.74, 0.03, 0.72, 0.76), Latency(0.45, 0.7, 0.9, 0.4), Q("model-size", 5400), Q("parameters", 95), Q("train-time", 0.021), Q("measurement-memory", 48_300_000),
                Fairness(attribute, 0.06, 0.02, 0.09), Q("fairness.accuracy-gap", 0.06, null, 0.02, 0.09), Curve(0.66, 0.70, 0.72, 0.74), Q("robustness.noise-drop", 0.03, 0.01)),
            Technique("logistic-regression", "logistic-regression", ["interpretable", "needs-scaling"], Q("accuracy", 0.75, 0.02, 0.735, 0.765), Latency(1.1, 1.6, 2.0, 1.0), Q("model-size", 900), Q("parameters", 49), Q("train-time", 0.035), Q("measurement-memory", 61_700_000),
                Fairness(attribute, 0.04, 0.01, 0.07), Q("fairness.accuracy-gap", 0.04, null, 0.01, 0.07), Curve(0.71, 0.73, 0.74, 0.75), Q("robustness.noise-drop", 0.01, 0.005),
                [("energy.train", V("energy.train", 1.4) with { Estimated = true, Protocol = "CPU time x 10 W per core (estimate: no RAPL counters)" })]),
            Technique("naive-bayes", "naive-bayes", ["interpretable", "incremental"], Q("accuracy", 0.73, 0.02, 0.715, 0.745), Latency(1.9, 2.5, 3.0, null), Q("model-size", 2000), Q("parameters", 124), Q("train-time", 0.004),
                Fairness(attribute, 0.09, 0.05, 0.13), Q("fairness.accuracy-gap", 0.09, null, 0.05, 0.13), Q("robustness.noise-drop", 0.02, 0.01)),
            Technique("random-forest", "random-forest", [], Q("accuracy", 0.77, 0.02, 0.755, 0.785), Latency(700, 1100, 1400, null), Q("model-size", 2_100_000), Q("parameters", 61_000), Q("train-time", 1.9)),
        };
        techniques[4] = techniques[4] with { Qualities = new Dictionary<string, QualityValue>(techniques[4].Qualities) { ["latency.p99"] = V("latency.p99", 1400, null, 1300, 1500) } };
        if (pairedFolds)
        {
            techniques = techniques.Select(WithFoldScores).ToList();
        }

        var study = new StudySummary
        {
            Name = name,
            Description = "Decide whether to grant credit to an applicant; the decision must be explainable to the regulator.",
            Train = "data/credit-g.arff",
            Target = target,
            Task = "binary-classification",
            Rows = 1000,
            Features = 20,
            Classes = ["good", "bad"],
            Positive = "bad",
            Protocol = "stratified 10-fold cross-validation, seed 42",
            Constraints = Constraints,
            Objectives = ["accuracy", "latency.p99", "model-size"],
            Weights = new Dictionary<string, double> { ["accuracy"] = 0.6, ["latency.p99"] = 0.3, ["model-size"] = 0.1 },
        };
        var environment = new EnvironmentInfo
        {
            Os = "Debian GNU/Linux 12 (bookworm)",
            Kernel = "6.1.0-18-amd64",
            Cpu = "Sample CPU @ 2.0GHz",
            Cores = 2,
            MemoryBytes = 8_000_000_000,
            Runtime = ".NET 10.0.0",
            Configuration = "Release",
            ToolVersion = "0.1.0",
            Libraries = new Dictionary<string, string> { ["Tradeoff"] = "0.1.0", ["Microsoft.ML"] = "5.0.1" },
            Threading = new Dictionary<string, string> { ["OMP_WAIT_POLICY"] = "PASSIVE" },
            RuntimeSettings = new Dictionary<string, string> { ["gc"] = "workstation", ["gc-concurrent"] = "on" },
            DataSha256 = new Dictionary<string, string> { ["data/credit-g.arff"] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
            Seed = 42,
            StartedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            FinishedAt = new DateTimeOffset(2026, 1, 2, 3, 5, 35, TimeSpan.Zero),
            PeakMemoryBytes = 412_000_000,
            Warnings = ["energy is an estimate: RAPL counters are not readable here"],
        };
        var selection = Selector.Select(Input(techniques, study.Weights));
        var run = new RunResult { Study = study, Environment = environment, Techniques = techniques };
        return ResultsDocument.From(new RunOutcome(run, selection, false));
    }

    /// <summary>What the library selects from the sample run's techniques under other <paramref name="weights"/>.</summary>
    public static SelectionResult SelectWith(IReadOnlyDictionary<string, double> weights, bool pairedFolds = false) => Selector.Select(Input(Create(pairedFolds: pairedFolds).Techniques, weights));

    // The learners' accuracies as 10 fold scores of the same splits: each fold's shared difficulty, and the technique's
    // own small wobble, around its mean; the interval is the corrected resampled t of those scores.
    private static TechniqueResult WithFoldScores(TechniqueResult technique, int index)
    {
        if (technique.TechniqueId == "baseline")
        {
            return technique;
        }

        var accuracy = technique.Qualities["accuracy"];
        var folds = FoldDifficulty.Select((d, f) => accuracy.Value + d + (((f + index) % 2 == 0 ? 1 : -1) * 0.002)).ToList();
        var interval = Core.Statistics.CorrectedResampledT.Interval(folds, 1.0 / 9)!.Value;
        var paired = accuracy with
        {
            Value = folds.Average(),
            Lower = interval.Lower,
            Upper = interval.Upper,
            Samples = folds,
            Details = new Dictionary<string, double>(StringComparer.Ordinal) { [Core.Statistics.CorrectedResampledT.TestTrainRatioKey] = 1.0 / 9 },
        };
        return technique with { Qualities = new Dictionary<string, QualityValue>(technique.Qualities) { ["accuracy"] = paired } };
    }

    internal static SelectionInput Input(IReadOnlyList<TechniqueResult> techniques, IReadOnlyDictionary<string, double> weights, IReadOnlyList<string>? constraints = null) => new()
    {
        Candidates = techniques.Select(t => new Candidate(t.Name, t.TechniqueId, t.Qualities, t.Capabilities.ToHashSet(StringComparer.Ordinal))).ToList(),
        Constraints = ConstraintParser.ParseAll((constraints ?? Constraints).Select(c => new ConstraintSpec(c)), "study.yaml"),
        Objectives = ["accuracy", "latency.p99", "model-size"],
        Weights = weights,
        Chance = new Dictionary<string, double> { ["accuracy"] = 0.70 },
        Options = new SelectionOptions { Seed = 42, Task = "binary-classification", WhatIf = true, SensitivitySamples = 200, WinningSearchSamples = 200 },
    };

    internal static TechniqueResult Technique(string name, string id, string[] capabilities, params IEnumerable<(string Id, QualityValue Value)>[] qualities)
    {
        var all = qualities.SelectMany(q => q).ToDictionary(q => q.Id, q => q.Value, StringComparer.Ordinal);
        return new TechniqueResult
        {
            Name = name,
            TechniqueId = id,
            Capabilities = capabilities,
            Qualities = all,
            MeasurementSeconds = all.Keys.ToDictionary(k => k, _ => 0.5, StringComparer.Ordinal),
        };
    }

    internal static QualityValue V(string id, double value, double? std = null, double? lower = null, double? upper = null)
    {
        var descriptor = QualityCatalog.Find(id) ?? throw new ArgumentException("not a catalog quality: " + id, nameof(id));
        return new QualityValue
        {
            Value = value,
            Unit = descriptor.Unit,
            Direction = descriptor.Direction,
            Std = std,
            Lower = lower,
            Upper = upper,
            SampleCount = std is null ? null : 10,
            Protocol = descriptor.Description,
        };
    }

    internal static IEnumerable<(string, QualityValue)> Q(string id, double value, double? std, double lower, double upper) =>
        [(id, V(id, value, std, lower, upper))];

    internal static IEnumerable<(string, QualityValue)> Q(string id, double value, double std) => [(id, V(id, value, std))];

    internal static IEnumerable<(string, QualityValue)> Q(string id, double value) => [(id, V(id, value))];

    internal static IEnumerable<(string, QualityValue)> Latency(double p50, double p90, double p99, double? sampleBase)
    {
        // Deterministic samples shaped like real latencies: a tight body and a slow tail.
        IReadOnlyList<double>? samples = sampleBase is double b ? Enumerable.Range(0, 100).Select(i => b + (i < 90 ? i * 0.005 : (i - 85) * 0.1)).ToList() : null;
        return
        [
            ("latency.p50", V("latency.p50", p50) with { Samples = samples }),
            ("latency.p90", V("latency.p90", p90)),
            ("latency.p99", V("latency.p99", p99)),
        ];
    }

    internal static IEnumerable<(string, QualityValue)> Fairness(string attribute, double gap, double lower, double upper)
    {
        var details = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["male size"] = 690, ["male accuracy"] = 0.74 + (gap / 2), ["male selection-rate"] = 0.28, ["male tpr"] = 0.55, ["male fpr"] = 0.12,
            ["female size"] = 310, ["female accuracy"] = 0.74 - (gap / 2), ["female selection-rate"] = 0.34, ["female tpr"] = 0.6, ["female fpr"] = 0.18,
        };
        var id = $"fairness.{attribute}.accuracy-gap";
        return [(id, V(id, gap, null, lower, upper) with { Details = details, SampleCount = 1000 })];
    }

    internal static IEnumerable<(string, QualityValue)> Curve(double at10, double at25, double at50, double at100)
    {
        double[] scores = [at10, at25, at50, at100];
        int[] percents = [10, 25, 50, 100];
        return percents.Select((p, i) => ($"data-needs.accuracy-{p}", V($"data-needs.accuracy-{p}", scores[i], 0.02, scores[i] - 0.03, scores[i] + 0.03) with
        {
            Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["rows"] = 900 * p / 100.0 },
        }));
    }
}
