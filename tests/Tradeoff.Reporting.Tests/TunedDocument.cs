using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Tests;

/// <summary>
/// The sample run with two tuned techniques, built in code: a decision tree searched over depth, leaf size and
/// criterion (six trials: one failed, three on the configuration frontier, trial 5 chosen, outer folds disagreeing)
/// and the recommended logistic regression (three trials, outer folds unanimous), plus the row <c>decision-tree#3</c>
/// that measures the tree's frontier trial 3 in full, as <c>candidates: frontier</c> adds it.
/// </summary>
internal static class TunedDocument
{
    public const string Nested = "nested cross-validation: the search (6 configurations, 3-fold inner cross-validation) ran again inside each of the 10 outer training parts; the outer test parts, which no search saw, give the predictive qualities";
    public const string TreeReason = "highest accuracy in the 3-fold inner cross-validation of the 6 configurations tried: 0.736 (trial 5); trial 1, the defaults, scored 0.680";

    /// <summary>The document; <paramref name="criterion"/> is the chosen tree trial's criterion (markup in it tests escaping).</summary>
    public static ResultsDocument Create(string criterion = "gini")
    {
        var sample = SampleDocument.Create();
        var chosen = Settings(("max-depth", "5"), ("min-rows-per-leaf", "22"), ("criterion", criterion));
        var tree = sample.Techniques.Single(t => t.Name == "decision-tree");
        var linear = sample.Techniques.Single(t => t.Name == "logistic-regression");
        var frontierRow = tree with
        {
            Name = "decision-tree#3",
            Settings = Settings(("max-depth", "4"), ("min-rows-per-leaf", "10"), ("criterion", "gini")),
            Qualities = new Dictionary<string, QualityValue> { ["accuracy"] = Metric(0.725, 0.02), ["model-size"] = Size(1500) },
        };
        var techniques = sample.Techniques.Select(t => t.Name switch
        {
            "decision-tree" => t with { Settings = chosen, Qualities = MarkNested(t.Qualities), Tuning = TreeTuning(chosen) },
            "logistic-regression" => t with { Settings = Settings(("l2", "0.5")), Qualities = MarkNested(t.Qualities), Tuning = LinearTuning() },
            _ => t,
        }).Append(frontierRow).ToList();
        return sample with { Techniques = techniques };
    }

    private static TuningResult TreeTuning(Dictionary<string, string> chosen)
    {
        TrialResult[] trials =
        [
            Trial(1, Settings(("max-depth", "10"), ("min-rows-per-leaf", "1"), ("criterion", "gini")), 0.680, 0.020, 9000, 80, 10),
            Trial(2, Settings(("max-depth", "2"), ("min-rows-per-leaf", "5"), ("criterion", "gini")), 0.700, 0.010, 700, 4, 2),
            Trial(3, Settings(("max-depth", "4"), ("min-rows-per-leaf", "10"), ("criterion", "gini")), 0.720, 0.015, 1500, 12, 4),
            Trial(4, Settings(("max-depth", "6"), ("min-rows-per-leaf", "2"), ("criterion", "entropy")), 0.710, 0.018, 4000, 40, 6),
            Trial(5, chosen, 0.736, 0.012, 2400, 18, 5),
            new TrialResult { Index = 6, Settings = Settings(("max-depth", "8"), ("min-rows-per-leaf", "3"), ("criterion", "entropy")), Status = TechniqueStatus.Failed, Message = "the fit ran out of memory", Seconds = 0.05 },
        ];
        var trial5 = Settings(("max-depth", "5"), ("min-rows-per-leaf", "22"), ("criterion", "gini"));
        var trial3 = Settings(("max-depth", "4"), ("min-rows-per-leaf", "10"), ("criterion", "gini"));
        return new TuningResult
        {
            Strategy = "random",
            Metric = "accuracy",
            TrialsPlanned = 6,
            InnerFolds = 3,
            Trials = trials,
            Chosen = 5,
            Reason = TreeReason,
            Frontier = [2, 3, 5],
            FrontierObjectives = ["accuracy", "model-size"],
            SearchSeconds = 0.42,
            NestedSeconds = 3.9,
            BudgetSeconds = 120,
            Evaluation = Nested,
            NestedChoices = [trial5, trial3, trial5, trial5, Settings(("max-depth", "2"), ("min-rows-per-leaf", "5"), ("criterion", "gini")), trial5, trial3, trial5, trial5, trial3],
        };
    }

    private static TuningResult LinearTuning()
    {
        var chosen = Settings(("l2", "0.5"));
        return new TuningResult
        {
            Strategy = "cost-frugal",
            Metric = "accuracy",
            TrialsPlanned = 3,
            InnerFolds = 3,
            Trials =
            [
                Trial(1, Settings(("l2", "1")), 0.748, 0.01, 900, null, null),
                Trial(2, chosen, 0.752, 0.01, 900, null, null),
                Trial(3, Settings(("l2", "0.001")), 0.741, 0.02, 900, null, null),
            ],
            Chosen = 2,
            Reason = "highest accuracy in the 3-fold inner cross-validation of the 3 configurations tried: 0.752 (trial 2); trial 1, the defaults, scored 0.748",
            Frontier = [2],
            FrontierObjectives = ["accuracy", "model-size"],
            SearchSeconds = 1.2,
            NestedSeconds = 11.5,
            Evaluation = Nested.Replace("6 configurations", "3 configurations", StringComparison.Ordinal),
            NestedChoices = Enumerable.Repeat<IReadOnlyDictionary<string, string>>(chosen, 10).ToList(),
        };
    }

    internal static TrialResult Trial(int index, Dictionary<string, string> settings, double accuracy, double std, double size, double? rules, double? depth)
    {
        var qualities = new Dictionary<string, QualityValue>(StringComparer.Ordinal)
        {
            ["accuracy"] = Metric(accuracy, std),
            ["model-size"] = Size(size),
            ["parameters"] = Value("parameters", size / 50),
            ["train-time"] = Value("train-time", 0.002 * index),
        };
        if (rules is double r && depth is double d)
        {
            qualities["complexity.rules"] = Value("complexity.rules", r);
            qualities["complexity.depth"] = Value("complexity.depth", d);
        }

        return new TrialResult { Index = index, Settings = settings, Qualities = qualities, Seconds = 0.01 * index };
    }

    private static Dictionary<string, QualityValue> MarkNested(IReadOnlyDictionary<string, QualityValue> qualities) =>
        qualities.ToDictionary(q => q.Key, q => q.Key == "accuracy" ? q.Value with { Protocol = "nested (the search repeated inside each training part): " + q.Value.Protocol } : q.Value, StringComparer.Ordinal);

    private static QualityValue Metric(double value, double std) => Value("accuracy", value) with { Std = std, SampleCount = 3, Protocol = "stratified 3-fold cross-validation, seed 7" };

    private static QualityValue Size(double bytes) => Value("model-size", bytes);

    private static QualityValue Value(string id, double value)
    {
        var descriptor = QualityCatalog.Find(id)!;
        return new QualityValue { Value = value, Unit = descriptor.Unit, Direction = descriptor.Direction, Protocol = descriptor.Description };
    }

    internal static Dictionary<string, string> Settings(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
}
