using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Selection;

namespace Tradeoff.Runs;

/// <summary>
/// The configuration frontier of one tuned technique: the trials that no other trial beats on the tuning metric and
/// every cheap quality the study cares about at once, e.g. the decision tree's accuracy against its size.
/// </summary>
internal static class ConfigurationFrontier
{
    private static readonly string[] CheapQualities = [QualityIds.ModelSize, QualityIds.TrainTime, QualityIds.Parameters, QualityIds.ComplexityLeaves, QualityIds.ComplexityDepth, QualityIds.ComplexityRules, QualityIds.ComplexityMeanRuleLength, QualityIds.ComplexityNonzeroCoefficients];

    /// <summary>The tuning metric, then the study's objectives that trials measure; model size when the study names none.</summary>
    public static IReadOnlyList<string> Objectives(string metric, IReadOnlyList<string> studyObjectives)
    {
        var extra = studyObjectives.Where(o => CheapQualities.Contains(o) && o != metric).ToList();
        return [metric, .. extra.Count > 0 ? extra : [QualityIds.ModelSize]];
    }

    /// <summary><paramref name="tuning"/> with its frontier over <paramref name="objectives"/> filled in.</summary>
    public static TuningResult With(TuningResult tuning, IReadOnlyList<string> objectives)
    {
        // Trials that tie on every objective (different settings, the same model) would all stand on the frontier;
        // the first tried stands for them, as the choice does.
        var candidates = tuning.Trials
            .Where(t => t.Status == TechniqueStatus.Measured)
            .Select(t => new Candidate(Id(t), string.Empty, t.Qualities, new HashSet<string>()))
            .DistinctBy(c => string.Join(";", objectives.Select(o => c.ValueOf(o).ToString("R", System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        if (candidates.Count == 0)
        {
            return tuning with { FrontierObjectives = objectives };
        }

        // On point values, as before selection became noise-aware: this frontier picks the trials a plot marks and
        // that `tuning.candidates: frontier` measures; keeping inner-fold ties would measure more of them.
        var frontier = ParetoFrontier.Compute(candidates, objectives, FrontierComparison.PointValues).Frontier;
        return tuning with
        {
            FrontierObjectives = objectives,
            Frontier = [.. frontier.Select(f => int.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).Order()],
        };
    }

    private static string Id(TrialResult trial) => trial.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
