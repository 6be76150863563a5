using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>The <c>protocol.tuning</c> section: trials, strategy, inner folds, budget, metric and candidates.</summary>
internal sealed partial class StudyParser
{
    private const string TuningWhere = "protocol.tuning";
    private static readonly string[] TuningKeys = ["trials", "strategy", "inner-folds", "budget", "metric", "candidates"];

    private static readonly Dictionary<string, TuningStrategy> Strategies = new(StringComparer.Ordinal)
    {
        ["random"] = TuningStrategy.Random,
        ["cost-frugal"] = TuningStrategy.CostFrugal,
    };

    private static readonly Dictionary<string, TuningCandidates> CandidateModes = new(StringComparer.Ordinal)
    {
        ["chosen"] = TuningCandidates.Chosen,
        ["frontier"] = TuningCandidates.Frontier,
    };

    private TuningSpec? ReadTuning(YamlNode node)
    {
        if (node is YamlScalarNode scalar && (IsNull(scalar) || scalar.Value is "off" or "false" or "no"))
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            Report(node, $"'{TuningWhere}' must be a map such as {{ trials: 20, strategy: random }}, or off");
            return null;
        }

        var tuning = new TuningSpec();
        var fields = Fields(map, TuningWhere, TuningKeys);
        if (fields.TryGetValue("trials", out var trials))
        {
            tuning = tuning with { Trials = Integer(trials, TuningWhere + ".trials", 1) ?? tuning.Trials };
        }

        if (fields.TryGetValue("strategy", out var strategy))
        {
            tuning = tuning with { Strategy = Choice(strategy, TuningWhere + ".strategy", Strategies) ?? tuning.Strategy };
        }

        if (fields.TryGetValue("inner-folds", out var folds))
        {
            tuning = tuning with { InnerFolds = Integer(folds, TuningWhere + ".inner-folds", 2) ?? tuning.InnerFolds };
        }

        if (fields.TryGetValue("budget", out var budget))
        {
            tuning = tuning with { Budget = ReadDuration(budget, TuningWhere + ".budget") };
        }

        if (fields.TryGetValue("metric", out var metric) && NonEmptyText(metric, TuningWhere + ".metric") is { } id
            && CheckQuality(id, metric, TuningWhere + ".metric", allowGroups: false))
        {
            tuning = tuning with { Metric = id };
        }

        if (fields.TryGetValue("candidates", out var candidates))
        {
            tuning = tuning with { Candidates = Choice(candidates, TuningWhere + ".candidates", CandidateModes) ?? tuning.Candidates };
        }

        return tuning;
    }

    private T? Choice<T>(YamlNode node, string what, Dictionary<string, T> choices)
        where T : struct
    {
        if (NonEmptyText(node, what) is not { } text)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        Report(node, $"'{what}' is '{text}'; expected one of: {string.Join(", ", choices.Keys)}{Suggestions.DidYouMean(text, choices.Keys)}");
        return null;
    }
}
