using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection;

/// <summary>
/// The ties the noise makes on the frontier: pairs of frontier candidates where one would dominate the other on
/// point values, with the objectives whose differences are within the noise.
/// </summary>
internal static class FrontierTies
{
    public static List<FrontierTie> Find(IReadOnlyList<Candidate> candidates, IReadOnlyList<QualityDescriptor> objectives, double[][] costs, Func<int, int, int, double> margin, int[] dominatedBy)
    {
        var frontier = Enumerable.Range(0, candidates.Count).Where(i => dominatedBy[i] < 0).ToList();
        var ties = new List<FrontierTie>();
        foreach (var kept in frontier)
        {
            foreach (var beside in frontier)
            {
                // A pair in a dominance cycle is reported as a cycle, not as a tie.
                if (beside == kept || !ParetoFrontier.Dominates(costs[beside], costs[kept]) || NoisyFrontier.Dominates(costs[beside], costs[kept], k => margin(beside, kept, k)))
                {
                    continue;
                }

                var within = Enumerable.Range(0, objectives.Count).Where(k => costs[beside][k] < costs[kept][k]).ToList();
                var figures = within.Select(k => Figures(objectives[k], candidates[kept], candidates[beside]));
                var verb = within.Count == 1 ? "is" : "are";
                var text = $"{candidates[kept].Id} stays on the frontier beside {candidates[beside].Id}: {string.Join(" and ", figures)} {verb} within the noise";
                ties.Add(new FrontierTie(candidates[kept].Id, candidates[beside].Id, within.Select(k => objectives[k].Id).ToList(), text));
            }
        }

        return ties;
    }

    private static string Figures(QualityDescriptor quality, Candidate kept, Candidate beside) =>
        $"{quality.Id} {QualityFormat.Value(kept.ValueOf(quality.Id), quality.Unit)} vs {QualityFormat.Value(beside.ValueOf(quality.Id), quality.Unit)}";
}
