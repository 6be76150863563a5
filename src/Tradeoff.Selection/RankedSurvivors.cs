namespace Tradeoff.Selection;

/// <summary>
/// The survivors' frontier and order: frontier candidates first (those outranked inside a dominance cycle after the
/// others), then dominated ones, each group by utility with the tie at the top broken by the simplicity rule
/// (<see cref="FrontierRanking"/>), or lexicographically under priorities. Shared by the ranking and by the what-if's "would it then be recommended".
/// </summary>
internal sealed class RankedSurvivors
{
    private RankedSurvivors(FrontierResult frontier, QualityMatrix matrix, List<int> frontierRows, Dictionary<int, int> outrankedBy, List<int> ranked, double[]? weights, List<int> tied)
    {
        Frontier = frontier;
        Matrix = matrix;
        FrontierRows = frontierRows;
        OutrankedBy = outrankedBy;
        Ranked = ranked;
        Weights = weights;
        Tied = tied;
    }

    public FrontierResult Frontier { get; }

    public QualityMatrix Matrix { get; }

    public List<int> FrontierRows { get; }

    /// <summary>
    /// Frontier rows worse beyond the noise on every objective than another frontier row (only inside a dominance
    /// cycle), with that row. They never rank first: otherwise removing one could change the recommendation.
    /// </summary>
    public Dictionary<int, int> OutrankedBy { get; }

    /// <summary>The frontier rows that may rank first: all but the outranked ones.</summary>
    public List<int> Contenders => FrontierRows.Where(r => !OutrankedBy.ContainsKey(r)).ToList();

    /// <summary>Rows of <see cref="Matrix"/> in rank order; empty when nothing ranks them.</summary>
    public List<int> Ranked { get; }

    /// <summary>The weight vector aligned with the matrix's qualities; null under priorities.</summary>
    public double[]? Weights { get; }

    /// <summary>The frontier rows tied within the noise at the top, in rule order (one row when there is no tie).</summary>
    public List<int> Tied { get; }

    public static RankedSurvivors Compute(IReadOnlyList<Candidate> survivors, RankingPlan plan, IReadOnlyList<QualityScale> scales)
    {
        var frontier = ParetoFrontier.Compute(survivors, plan.Objectives);
        var matrix = new QualityMatrix(survivors, plan.Considered, scales);
        var onFrontier = frontier.Frontier.ToHashSet(StringComparer.Ordinal);
        var frontierRows = Enumerable.Range(0, survivors.Count).Where(i => onFrontier.Contains(survivors[i].Id)).ToList();
        var outrankedBy = Outranked(matrix, frontierRows, plan.Objectives.Count);
        if (survivors.Count == 0 || plan.Considered.Count == 0)
        {
            return new RankedSurvivors(frontier, matrix, frontierRows, outrankedBy, [], null, []);
        }

        var contenders = frontierRows.Where(r => !outrankedBy.ContainsKey(r)).ToList();
        var groups = new[] { contenders, [.. outrankedBy.Keys.Order()], Enumerable.Range(0, survivors.Count).Where(i => !onFrontier.Contains(survivors[i].Id)).ToList() };
        if (plan.Priorities.Count > 0)
        {
            var lexicographic = groups.SelectMany(g => LexicographicRanking.Order(matrix, g, plan.Priorities)).ToList();
            return new RankedSurvivors(frontier, matrix, frontierRows, outrankedBy, lexicographic, null, lexicographic.Take(1).ToList());
        }

        var weights = plan.WeightVector();
        var ranked = FrontierRanking.Order(matrix, contenders, weights, out var tied);
        ranked.AddRange(groups.Skip(1).SelectMany(g => ByUtility(matrix, g, weights)));
        return new RankedSurvivors(frontier, matrix, frontierRows, outrankedBy, ranked, weights, tied);
    }

    // The objectives are the matrix's first columns (the plan puts them first).
    private static Dictionary<int, int> Outranked(QualityMatrix matrix, List<int> frontierRows, int objectives)
    {
        var outranked = new Dictionary<int, int>();
        foreach (var row in frontierRows)
        {
            var by = frontierRows.FirstOrDefault(o => o != row && Enumerable.Range(0, objectives).All(k => matrix.Better(o, row, k)), -1);
            if (by >= 0)
            {
                outranked[row] = by;
            }
        }

        return outranked;
    }

    // Dominated candidates rank by utility alone: none of them can be recommended while the frontier has a member.
    private static IEnumerable<int> ByUtility(QualityMatrix matrix, List<int> rows, double[] weights) =>
        rows.OrderByDescending(r => matrix.Utility(r, weights)).ThenBy(r => matrix.Candidates[r].Id, StringComparer.Ordinal);
}
