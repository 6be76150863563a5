namespace Tradeoff.Selection;

/// <summary>
/// The frontier when figures carry intervals. Row a dominates row b when b is better beyond the noise on no objective
/// and a is on at least one (<see cref="Noise.Better"/>). Ties chain, so this relation is not transitive and, with three
/// objectives or more, can even cycle; the frontier is built best first instead of by comparing every pair:
/// a row is decided once every row that dominates it is decided; it joins the frontier unless a frontier row dominates
/// it, and is then off, dominated by that row. Rows left undecided all lie on or below dominance cycles: the cycles that
/// nothing undecided dominates (the source strongly connected components) join together, none of their members
/// pushing another off, since none is better than the others all round. So only a frontier row ever pushes a row
/// off, and a row that ends off the frontier changes nobody's place. O(n^2 k) time, O(n) memory: dominance is
/// recomputed rather than stored, so large inputs do not need n^2 memory.
/// </summary>
internal sealed class NoisyFrontier
{
    private const int Undecided = 0;
    private const int On = 1;
    private const int Off = 2;

    private readonly double[][] _costs;
    private readonly Func<int, int, int, double> _margin;
    private readonly int _count;
    private readonly int[] _state;
    private readonly int[] _dominators;
    private readonly int[] _dominatedBy;
    private readonly Queue<int> _ready = new();

    private NoisyFrontier(double[][] costs, Func<int, int, int, double> margin)
    {
        _costs = costs;
        _margin = margin;
        _count = costs.Length;
        _state = new int[_count];
        _dominators = new int[_count];
        _dominatedBy = Enumerable.Repeat(-1, _count).ToArray();
    }

    /// <summary>
    /// For each row, -1 when on the frontier, else a frontier row that dominates it; and the cycles that joined
    /// together. <paramref name="margin"/>(a, b, k) is the noise of the difference of rows a and b on objective k.
    /// </summary>
    public static (int[] DominatedBy, List<List<int>> Cycles) Compute(double[][] costs, Func<int, int, int, double> margin)
    {
        var frontier = new NoisyFrontier(costs, margin);
        var cycles = frontier.Run();
        return (frontier._dominatedBy, cycles);
    }

    /// <summary>The frontier of independent figures with the given half-widths (<see cref="Noise.Margin"/>).</summary>
    public static (int[] DominatedBy, List<List<int>> Cycles) Compute(double[][] costs, double[][] halfWidths) =>
        Compute(costs, (a, b, k) => Noise.Margin(halfWidths[a][k], halfWidths[b][k]));

    /// <summary>True when row <paramref name="a"/> dominates row <paramref name="b"/> beyond the noise (<paramref name="margin"/> of objective k).</summary>
    public static bool Dominates(double[] a, double[] b, Func<int, double> margin)
    {
        var better = false;
        for (var k = 0; k < a.Length; k++)
        {
            var m = margin(k);
            if (Noise.Better(b[k], a[k], m))
            {
                return false;
            }

            better |= Noise.Better(a[k], b[k], m);
        }

        return better;
    }

    private bool Dominates(int a, int b) => a != b && Dominates(_costs[a], _costs[b], k => _margin(a, b, k));

    private List<List<int>> Run()
    {
        for (var b = 0; b < _count; b++)
        {
            for (var a = 0; a < _count; a++)
            {
                _dominators[b] += Dominates(a, b) ? 1 : 0;
            }

            if (_dominators[b] == 0)
            {
                _ready.Enqueue(b);
            }
        }

        var cycles = new List<List<int>>();
        while (true)
        {
            while (_ready.TryDequeue(out var row))
            {
                if (_state[row] == Undecided)
                {
                    Join([row]);
                }
            }

            var undecided = Enumerable.Range(0, _count).Where(r => _state[r] == Undecided).ToList();
            if (undecided.Count == 0)
            {
                return cycles;
            }

            // Every undecided row has an undecided dominator: cycles. Those nothing else undecided dominates join.
            foreach (var component in DominanceComponents.Sources(undecided, Dominates))
            {
                cycles.Add(component);
                Join(component);
            }
        }
    }

    // The rows join together, then each pushes off the undecided rows it dominates.
    private void Join(List<int> rows)
    {
        foreach (var row in rows)
        {
            _state[row] = On;
        }

        foreach (var row in rows)
        {
            Decided(row);
            for (var b = 0; b < _count; b++)
            {
                if (_state[b] == Undecided && Dominates(row, b))
                {
                    _state[b] = Off;
                    _dominatedBy[b] = row;
                    Decided(b);
                }
            }
        }
    }

    // A decided row no longer holds back the rows it dominates.
    private void Decided(int row)
    {
        for (var b = 0; b < _count; b++)
        {
            if (_state[b] == Undecided && Dominates(row, b) && --_dominators[b] == 0)
            {
                _ready.Enqueue(b);
            }
        }
    }
}
