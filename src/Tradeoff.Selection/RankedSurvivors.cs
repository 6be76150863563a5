namespace Tradeoff.Selection;

/// <summary>
/// The survivors' frontier and order: frontier candidates first, each group by utility (highest first, then the
/// smaller id) or lexicographically under priorities. Shared by the ranking and by the what-if's "would it then
/// be recommended".
/// </summary>
internal sealed class RankedSurvivors
{
    private RankedSurvivors(FrontierResult frontier, QualityMatrix matrix, List<int> frontierRows, List<int> ranked, double[]? weights, double[]? utilities)
    {
        Frontier = frontier;
        Matrix = matrix;
        FrontierRows = frontierRows;
        Ranked = ranked;
        Weights = weights;
        Utilities = utilities;
    }

    public FrontierResult Frontier { get; }

    public QualityMatrix Matrix { get; }

    public List<int> FrontierRows { get; }

    /// <summary>Rows of <see cref="Matrix"/> in rank order; empty when nothing ranks them.</summary>
    public List<int> Ranked { get; }

    /// <summary>The weight vector aligned with the matrix's qualities; null under priorities.</summary>
    public double[]? Weights { get; }

    public double[]? Utilities { get; }

    public static RankedSurvivors Compute(IReadOnlyList<Candidate> survivors, RankingPlan plan)
    {
        var frontier = ParetoFrontier.Compute(survivors, plan.Objectives.Select(o => o.Id).ToList());
        var matrix = new QualityMatrix(survivors, plan.Considered);
        var onFrontier = frontier.Frontier.ToHashSet(StringComparer.Ordinal);
        var frontierRows = Enumerable.Range(0, survivors.Count).Where(i => onFrontier.Contains(survivors[i].Id)).ToList();
        if (survivors.Count == 0 || plan.Considered.Count == 0)
        {
            return new RankedSurvivors(frontier, matrix, frontierRows, [], null, null);
        }

        var dominatedRows = Enumerable.Range(0, survivors.Count).Where(i => !onFrontier.Contains(survivors[i].Id)).ToList();
        var weights = plan.Priorities.Count > 0 ? null : plan.WeightVector();
        var utilities = weights is null ? null : Enumerable.Range(0, survivors.Count).Select(i => matrix.Utility(i, weights)).ToArray();
        var ranked = utilities is null
            ? LexicographicRanking.Order(matrix, frontierRows, plan.Priorities).Concat(LexicographicRanking.Order(matrix, dominatedRows, plan.Priorities)).ToList()
            : ByUtility(matrix, frontierRows, utilities).Concat(ByUtility(matrix, dominatedRows, utilities)).ToList();
        return new RankedSurvivors(frontier, matrix, frontierRows, ranked, weights, utilities);
    }

    private static IEnumerable<int> ByUtility(QualityMatrix matrix, List<int> rows, double[] utilities) =>
        rows.OrderByDescending(r => utilities[r]).ThenBy(r => matrix.Candidates[r].Id, StringComparer.Ordinal);
}
