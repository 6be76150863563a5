namespace Tradeoff.Selection;

/// <summary>
/// Strongly connected components of a dominance graph given as a function (Tarjan's algorithm, iterative so that a
/// long chain cannot overflow the stack), for the dominance cycles that noisy figures can form.
/// </summary>
internal static class DominanceComponents
{
    /// <summary>
    /// The components of the graph over <paramref name="rows"/> (an edge a -> b when <paramref name="dominates"/>(a, b))
    /// that no row outside them dominates, each in ascending row order.
    /// </summary>
    public static List<List<int>> Sources(IReadOnlyList<int> rows, Func<int, int, bool> dominates)
    {
        var component = Components(rows, dominates);
        var dominated = new bool[rows.Count];
        for (var a = 0; a < rows.Count; a++)
        {
            for (var b = 0; b < rows.Count; b++)
            {
                if (component[a] != component[b] && dominates(rows[a], rows[b]))
                {
                    dominated[component[b]] = true;
                }
            }
        }

        return Enumerable.Range(0, rows.Count)
            .GroupBy(i => component[i])
            .Where(g => !dominated[g.Key])
            .Select(g => g.Select(i => rows[i]).Order().ToList())
            .OrderBy(c => c[0])
            .ToList();
    }

    // Component number of each position of rows.
    private static int[] Components(IReadOnlyList<int> rows, Func<int, int, bool> dominates)
    {
        var n = rows.Count;
        var index = Enumerable.Repeat(-1, n).ToArray();
        var low = new int[n];
        var component = Enumerable.Repeat(-1, n).ToArray();
        var onStack = new bool[n];
        var stack = new Stack<int>();
        var next = 0;
        var components = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            // Each frame is a vertex and the next successor to look at.
            var frames = new Stack<(int Vertex, int Successor)>();
            frames.Push((root, 0));
            index[root] = low[root] = next++;
            stack.Push(root);
            onStack[root] = true;
            while (frames.Count > 0)
            {
                var (v, w) = frames.Pop();
                while (w < n && !dominates(rows[v], rows[w]))
                {
                    w++;
                }

                if (w < n)
                {
                    frames.Push((v, w + 1));
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = next++;
                        stack.Push(w);
                        onStack[w] = true;
                        frames.Push((w, 0));
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }

                    continue;
                }

                if (low[v] == index[v])
                {
                    int x;
                    do
                    {
                        x = stack.Pop();
                        onStack[x] = false;
                        component[x] = components;
                    }
                    while (x != v);
                    components++;
                }

                if (frames.Count > 0)
                {
                    var parent = frames.Peek().Vertex;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }

        return component;
    }
}
