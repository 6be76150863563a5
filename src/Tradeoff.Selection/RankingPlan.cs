using System.Globalization;
using Tradeoff.Core;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection;

/// <summary>
/// The study's objectives, weights and priorities resolved against the catalog: objectives default to the weighted
/// (or prioritized) qualities; weights default to equal weights over the objectives and are normalized to sum 1.
/// </summary>
internal sealed class RankingPlan
{
    private readonly Dictionary<string, double> _weights;

    private RankingPlan(List<QualityDescriptor> objectives, Dictionary<string, double> weights, IReadOnlyList<LexicographicPriority> priorities, IReadOnlyList<DeclaredQuality> declared)
    {
        Objectives = objectives;
        _weights = weights;
        Priorities = priorities;
        Considered = objectives
            .Concat(weights.Keys.Select(k => QualityResolver.Resolve(k, "weights", declared)))
            .Concat(priorities.Select(p => QualityResolver.Resolve(p.Quality, "priorities", declared)))
            .DistinctBy(q => q.Id)
            .ToList();
    }

    public IReadOnlyList<QualityDescriptor> Objectives { get; }

    public IReadOnlyList<LexicographicPriority> Priorities { get; }

    /// <summary>Every quality that ranks or bounds the frontier: objectives, weighted qualities, priorities.</summary>
    public IReadOnlyList<QualityDescriptor> Considered { get; }

    public static RankingPlan Resolve(SelectionInput input)
    {
        foreach (var priority in input.Priorities)
        {
            QualityResolver.Resolve(priority.Quality, "priorities", input.Declared);
            if (!(priority.Tolerance >= 0) || double.IsInfinity(priority.Tolerance))
            {
                throw new InputException($"priority '{priority.Quality}' has tolerance {Text(priority.Tolerance)}; a tolerance must be a finite number >= 0");
            }
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (input.Priorities.Count == 0)
        {
            foreach (var (quality, weight) in input.Weights)
            {
                QualityResolver.Resolve(quality, "weights", input.Declared);
                if (!(weight >= 0) || double.IsInfinity(weight))
                {
                    throw new InputException($"weight of '{quality}' is {Text(weight)}; a weight must be a finite number >= 0");
                }

                weights[quality] = weight;
            }
        }

        var objectiveIds = input.Objectives.Count > 0 ? input.Objectives
            : input.Priorities.Count > 0 ? input.Priorities.Select(p => p.Quality).ToList()
            : weights.Where(w => w.Value > 0).Select(w => w.Key).ToList();
        var objectives = objectiveIds.Select(o => QualityResolver.Resolve(o, "objectives", input.Declared)).DistinctBy(o => o.Id).ToList();
        if (input.Priorities.Count == 0 && weights.Count == 0)
        {
            foreach (var objective in objectives)
            {
                weights[objective.Id] = 1;
            }
        }

        var sum = weights.Values.Sum();
        if (weights.Count > 0 && sum <= 0)
        {
            throw new InputException("the weights sum to 0; give at least one quality a positive weight");
        }

        // Weights that already sum to 1 are kept as written, so 0.6 stays 0.6 rather than 0.6000000000000001.
        if (Math.Abs(sum - 1) > 1e-9)
        {
            foreach (var key in weights.Keys.ToList())
            {
                weights[key] /= sum;
            }
        }

        return new RankingPlan(objectives, weights, input.Priorities, input.Declared);
    }

    public Dictionary<string, double> WeightsById() => new(_weights, StringComparer.Ordinal);

    /// <summary>The normalized weights aligned with <see cref="Considered"/> (0 for qualities without a weight).</summary>
    public double[] WeightVector() => Considered.Select(q => _weights.GetValueOrDefault(q.Id)).ToArray();

    /// <summary>How much each considered quality matters for explanations: its weight, or a share decreasing with priority.</summary>
    public double[] Importance()
    {
        if (Priorities.Count == 0)
        {
            return WeightVector();
        }

        var count = Priorities.Count;
        return Considered.Select(q =>
        {
            var index = Priorities.Select(p => p.Quality).ToList().IndexOf(q.Id);
            return index < 0 ? 0 : (double)(count - index) / count;
        }).ToArray();
    }

    /// <summary>Remarks: weighted or prioritized qualities that no survivor has, so they rank nothing.</summary>
    public List<string> Notes(QualityMatrix matrix)
    {
        var ranking = _weights.Where(w => w.Value > 0).Select(w => w.Key).Concat(Priorities.Select(p => p.Quality));
        return ranking
            .Where(id => matrix.Raw.All(row => double.IsNaN(row[matrix.IndexOf(id)])))
            .Select(id => $"no surviving candidate has {id}: it ranks nothing")
            .ToList();
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
