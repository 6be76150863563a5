namespace Tradeoff.Selection;

/// <summary>
/// How the recommendation holds when the weights move: the share of Dirichlet draws centred on the weights
/// (parameters = concentration x weight) under which it still ranks first among the frontier; and for each frontier
/// candidate a weighting under which it would rank first, tried first at the vertices (all weight on one quality),
/// then at uniformly random weightings, all seeded.
/// </summary>
internal static class SensitivityAnalysis
{
    /// <param name="matrix">The survivors' values over the qualities the weightings range over.</param>
    /// <param name="frontier">Rows of the frontier candidates.</param>
    /// <param name="contenders">Rows of the frontier candidates that may rank first (see <see cref="RankedSurvivors.OutrankedBy"/>).</param>
    /// <param name="weights">The study's normalized weights aligned with the matrix's qualities; null under priorities.</param>
    /// <param name="recommended">Row of the recommendation.</param>
    /// <param name="options">Samples, concentration and seed.</param>
    public static SensitivityResult Analyse(QualityMatrix matrix, IReadOnlyList<int> frontier, IReadOnlyList<int> contenders, double[]? weights, int recommended, SelectionOptions options)
    {
        var qualities = matrix.Qualities.Select(q => q.Id).ToList();
        double? share = null;
        if (weights is not null && options.SensitivitySamples > 0)
        {
            var dirichlet = new Dirichlet(options.Seed);
            var alpha = weights.Select(w => w * options.Concentration).ToArray();
            var stays = 0;
            for (var s = 0; s < options.SensitivitySamples; s++)
            {
                stays += FrontierRanking.First(matrix, contenders, dirichlet.Sample(alpha)) == recommended ? 1 : 0;
            }

            share = (double)stays / options.SensitivitySamples;
        }

        var winning = FindWinningWeightings(matrix, frontier, contenders, weights, recommended, options);
        return new SensitivityResult(share, weights is null ? 0 : options.SensitivitySamples, options.Concentration, options.Seed, qualities, winning);
    }

    private static List<WinningWeighting> FindWinningWeightings(QualityMatrix matrix, IReadOnlyList<int> frontier, IReadOnlyList<int> contenders, double[]? weights, int recommended, SelectionOptions options)
    {
        var q = matrix.Qualities.Count;
        var found = new Dictionary<int, (double[] Weights, string Source)>();
        if (weights is not null && frontier.Contains(recommended) && FrontierRanking.First(matrix, contenders, weights) == recommended)
        {
            found[recommended] = (weights, "the study's weights");
        }

        for (var k = 0; k < q && found.Count < contenders.Count; k++)
        {
            var vertex = new double[q];
            vertex[k] = 1;
            found.TryAdd(FrontierRanking.First(matrix, contenders, vertex), (vertex, "all weight on " + matrix.Qualities[k].Id));
        }

        // A seed apart from the perturbations' so that changing one sample count does not move the other's draws.
        var dirichlet = new Dirichlet(unchecked((options.Seed * 31) + 7));
        var uniform = Enumerable.Repeat(1.0, q).ToArray();
        for (var s = 0; s < options.WinningSearchSamples && found.Count < contenders.Count && q > 0; s++)
        {
            var w = dirichlet.Sample(uniform);
            found.TryAdd(FrontierRanking.First(matrix, contenders, w), (w, "random weighting"));
        }

        var tried = q + options.WinningSearchSamples;
        return frontier.Select(row => found.TryGetValue(row, out var hit)
                ? new WinningWeighting(matrix.Candidates[row].Id, ToDictionary(matrix, hit.Weights), hit.Source)
                : new WinningWeighting(
                    matrix.Candidates[row].Id,
                    null,
                    $"no winning weighting among {tried} tried: a mix of other candidates beats it under every linear weighting tried (a concave part of the frontier), or it loses every tie it is in"))
            .ToList();
    }

    private static Dictionary<string, double> ToDictionary(QualityMatrix matrix, double[] weights) =>
        matrix.Qualities.Select((quality, k) => (quality.Id, Weight: weights[k])).ToDictionary(p => p.Id, p => p.Weight, StringComparer.Ordinal);
}
