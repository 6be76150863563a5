namespace Tradeoff.Core.Qualities;

/// <summary>
/// The fixed scale a quality's values are placed on when the study sets none: its kind and its two ends, the worst value
/// (0 on the scale) and the best (1 on the scale), in the quality's catalog unit. The ends are chosen once for every study
/// (docs/SELECTION.md lists them), so a scaled value never depends on which other techniques were measured.
/// </summary>
/// <param name="Kind">Linear or logarithmic.</param>
/// <param name="Worst">The value at 0 on the scale; for a chance-anchored scale, the end used when no chance level is known.</param>
/// <param name="Best">The value at 1 on the scale.</param>
/// <param name="ChanceAnchored">True when the worst end is the chance level of the training data where it is known (predictive qualities).</param>
public sealed record ReferenceScale(ScaleKind Kind, double Worst, double Best, bool ChanceAnchored = false);
