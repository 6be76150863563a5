namespace Tradeoff.Selection;

/// <summary>How fragile the recommendation is to the weights.</summary>
/// <param name="StayFirstShare">Share in [0, 1] of perturbed weightings under which the recommendation stays first; null under lexicographic priorities.</param>
/// <param name="Samples">Perturbed weightings drawn (Dirichlet around the weights).</param>
/// <param name="Concentration">The Dirichlet's concentration: larger keeps the samples closer to the weights.</param>
/// <param name="Seed">The seed of the draws.</param>
/// <param name="Qualities">The qualities the weightings range over (the weighted qualities and the objectives).</param>
/// <param name="Winning">For every frontier candidate, a weighting under which it would win, or null weights when none was found.</param>
public sealed record SensitivityResult(
    double? StayFirstShare,
    int Samples,
    double Concentration,
    int Seed,
    IReadOnlyList<string> Qualities,
    IReadOnlyList<WinningWeighting> Winning);
