using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection;

/// <summary>
/// The Pareto frontier over any number of objectives, each with its catalog direction. A candidate dominates another
/// when it is better beyond the noise on one objective and the other is better beyond the noise on none (see
/// <see cref="Noise"/>); candidates within the noise of each other everywhere are both kept, and such ties are
/// reported. A missing or NaN value counts as worse than any number (two missing values are equal), so it never
/// dominates on that objective, and the candidate is reported as incomplete. Without intervals this is the textbook
/// frontier, computed by a sort and a scan; with them, best first (<see cref="NoisyFrontier"/>).
/// </summary>
public static class ParetoFrontier
{
    /// <summary>The frontier of <paramref name="candidates"/> over <paramref name="objectives"/> (quality ids of the catalog).</summary>
    public static FrontierResult Compute(IReadOnlyList<Candidate> candidates, IReadOnlyList<string> objectives, FrontierComparison comparison = FrontierComparison.BeyondTheNoise)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        return Compute(candidates, objectives.Select(o => QualityResolver.Resolve(o, "objectives", [])).ToList(), comparison);
    }

    /// <summary>The frontier of <paramref name="candidates"/> over the resolved <paramref name="descriptors"/>, declared qualities among them.</summary>
    internal static FrontierResult Compute(IReadOnlyList<Candidate> candidates, IReadOnlyList<QualityDescriptor> descriptors, FrontierComparison comparison = FrontierComparison.BeyondTheNoise)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var costs = new double[candidates.Count][];
        var incomplete = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var noisy = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            costs[i] = descriptors.Select(d => QualityResolver.Cost(candidates[i].ValueOf(d.Id), d.Direction)).ToArray();
            noisy |= comparison == FrontierComparison.BeyondTheNoise && descriptors.Any(d => candidates[i].HalfWidthOf(d.Id) > 0);
            var missing = descriptors.Where(d => double.IsNaN(candidates[i].ValueOf(d.Id))).Select(d => d.Id).ToList();
            if (missing.Count > 0)
            {
                incomplete[candidates[i].Id] = missing;
            }
        }

        // Exact figures make dominance transitive, so the fast scan gives the same frontier as the best-first build.
        double Margin(int a, int b, int k) => candidates[a].MarginAgainst(candidates[b], descriptors[k].Id);
        var (dominatedBy, cycles) = noisy ? NoisyFrontier.Compute(costs, Margin) : (Compute(costs), []);
        var frontier = new List<string>();
        var dominated = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (dominatedBy[i] < 0)
            {
                frontier.Add(candidates[i].Id);
            }
            else
            {
                dominated[candidates[i].Id] = candidates[dominatedBy[i]].Id;
            }
        }

        return new FrontierResult(frontier, dominated, incomplete)
        {
            Ties = noisy ? FrontierTies.Find(candidates, descriptors, costs, Margin, dominatedBy) : [],
            Cycles = cycles.Select(c => (IReadOnlyList<string>)c.Select(i => candidates[i].Id).ToList()).ToList(),
        };
    }

    /// <summary>
    /// For each row of costs (lower is better), -1 when it is on the frontier, else the index of a frontier row that
    /// dominates it. Rows are visited in lexicographic order: a row can only be dominated by one before it, so the
    /// frontier only grows, and a dominated row is always dominated by a frontier row (dominance is transitive),
    /// so each row is compared with the frontier so far, not with every row.
    /// </summary>
    internal static int[] Compute(double[][] costs)
    {
        var order = Enumerable.Range(0, costs.Length).ToArray();
        Array.Sort(order, (a, b) => CompareLexicographic(costs[a], costs[b], a, b));
        var dominatedBy = new int[costs.Length];
        var frontier = new List<int>();
        foreach (var i in order)
        {
            dominatedBy[i] = -1;
            foreach (var f in frontier)
            {
                if (Dominates(costs[f], costs[i]))
                {
                    dominatedBy[i] = f;
                    break;
                }
            }

            if (dominatedBy[i] < 0)
            {
                frontier.Add(i);
            }
        }

        return dominatedBy;
    }

    /// <summary>True when cost row <paramref name="a"/> is no worse than <paramref name="b"/> everywhere and better somewhere.</summary>
    internal static bool Dominates(double[] a, double[] b)
    {
        var better = false;
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] > b[k])
            {
                return false;
            }

            better |= a[k] < b[k];
        }

        return better;
    }

    private static int CompareLexicographic(double[] a, double[] b, int indexA, int indexB)
    {
        for (var k = 0; k < a.Length; k++)
        {
            var c = a[k].CompareTo(b[k]);
            if (c != 0)
            {
                return c;
            }
        }

        return indexA.CompareTo(indexB);
    }
}
