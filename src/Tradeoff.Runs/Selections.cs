using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Selection;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Runs;

/// <summary>The bridge from a run to the pure selection library: technique results become candidates.</summary>
internal static class Selections
{
    /// <summary>Parses the study's constraints, failing with the place of the first bad one.</summary>
    public static IReadOnlyList<Constraint> Constraints(Study study) =>
        ConstraintParser.ParseAll(study.Constraints, study.File ?? "study", study.Declared);

    /// <summary>
    /// Step 2 of the method for what is known before training: the techniques the study's capability constraints
    /// or its task rule out, with the reasons, so that no compute is spent on them. Made once: selection takes them as they are.
    /// </summary>
    public static IReadOnlyList<Elimination> PreEliminated(
        Study study, IReadOnlyList<(TechniqueSpec Spec, TechniqueDescriptor Descriptor)> instances, IReadOnlyList<Constraint> constraints, TaskKind task)
    {
        // Declared values are known before training: a constraint on one eliminates before any compute is spent.
        var candidates = instances.Select(i => new Candidate(
            i.Spec.Name,
            i.Descriptor.Id,
            study.DeclaredOf(i.Spec.Name),
            i.Descriptor.Capabilities.Ids().ToHashSet(StringComparer.Ordinal))
        {
            SupportsTask = i.Descriptor.Capabilities.Tasks.Contains(task),
        }).ToList();
        return PreElimination.Eliminate(candidates, constraints, task.ToId());
    }

    // A technique past the study's time or memory limit cannot meet it, and one that cannot learn from these data (known
    // once they were loaded) has nothing to compare: each is eliminated with its reason, not ranked on whatever it
    // measured (a ranking never rests on a candidate that cannot win).
    private static IEnumerable<Elimination> MeasuredOut(IReadOnlyList<TechniqueResult> results, IReadOnlyList<Elimination> preEliminated) =>
        results
            .Where(r => r.Status == TechniqueStatus.OverBudget
                || r.Status == TechniqueStatus.NotTrained && !preEliminated.Any(e => e.Candidate == r.Name))
            .Select(r => new Elimination(
                r.Name,
                r.Status == TechniqueStatus.OverBudget ? EliminationStage.AfterMeasuring : EliminationStage.BeforeMeasuring,
                [r.Status == TechniqueStatus.OverBudget ? $"over budget: {r.Message}" : r.Message ?? "not trained"],
                []));

    /// <summary>
    /// The study's objectives and weights; a study that names neither (every ad hoc run) gets the lecture's first
    /// trade-off: the frontier of predictive quality, single-row latency and model size, ranked by predictive quality
    /// alone, so that the default recommendation is the most accurate technique and the frontier shows what it costs.
    /// </summary>
    public static (IReadOnlyList<string> Objectives, IReadOnlyDictionary<string, double> Weights) Priorities(Study study, TaskKind task)
    {
        if (study.Objectives.Count > 0 || study.Weights.Count > 0)
        {
            return (study.Objectives, study.Weights);
        }

        if (study.Priorities.Count > 0)
        {
            // Ranked lexicographically: the frontier is over the prioritized qualities unless the study names objectives.
            return (study.Priorities.Select(p => p.Quality).ToList(), new Dictionary<string, double>());
        }

        var metric = task.IsClassification() ? QualityIds.Accuracy : QualityIds.R2;
        return ([metric, QualityIds.LatencyP99, QualityIds.ModelSize], new Dictionary<string, double> { [metric] = 1.0 });
    }

    /// <summary>
    /// Steps 2 to 5 after measuring: elimination, frontier, ranking, sensitivity and what-if. The predictive qualities'
    /// scales start at the chance level of <paramref name="train"/>; the study may set any quality's scale.
    /// </summary>
    public static SelectionResult Select(
        Study study, IReadOnlyList<Constraint> constraints, IReadOnlyList<Elimination> preEliminated, IReadOnlyList<TechniqueResult> results, Dataset train, TechniqueCatalog catalog)
    {
        var task = train.Task;
        // A technique that failed or cannot load here is not a candidate: it has nothing to compare. Techniques not
        // trained because of a capability stay, so that the elimination trail shows them with their reason.
        var candidates = results
            .Where(r => r.Status is TechniqueStatus.Measured or TechniqueStatus.OverBudget or TechniqueStatus.NotTrained)
            .Select(r => new Candidate(r.Name, r.TechniqueId, r.Qualities, r.Capabilities.ToHashSet(StringComparer.Ordinal))
            {
                SupportsTask = catalog.Find(r.TechniqueId)?.Capabilities.Tasks.Contains(task) == true,
            })
            .ToList();
        var (objectives, weights) = Priorities(study, task);
        return Selector.Select(new SelectionInput
        {
            Candidates = candidates,
            PreEliminated = [.. preEliminated, .. MeasuredOut(results, preEliminated)],
            Constraints = constraints,
            Objectives = objectives,
            Weights = weights,
            Priorities = study.Priorities.Select(p => new LexicographicPriority(p.Quality, p.Tolerance, p.Relative)).ToList(),
            Scales = study.QualityScales.ToDictionary(s => s.Key, s => new ScaleRange(s.Value.Low, s.Value.High), StringComparer.Ordinal),
            Chance = ChanceLevels.Of(train),
            Declared = study.Declared,
            Options = new SelectionOptions
            {
                Seed = study.Protocol.Seed,
                Task = task.ToId(),
                WhatIf = constraints.Count > 0,
                Inconclusive = study.EliminateInconclusive ? InconclusivePolicy.Eliminate : InconclusivePolicy.Keep,
            },
        });
    }
}
