namespace Tradeoff.Core.Qualities;

/// <summary>
/// The fixed scale a quality is scored on when the study sets none: its kind and its two ends, the worst value
/// (scored 0) and the best (scored 1), in the quality's catalog unit. The ends are chosen once for every study
/// (docs/SELECTION.md lists them), so a score never depends on which other techniques were measured.
/// </summary>
/// <param name="Kind">Linear or logarithmic.</param>
/// <param name="Worst">The value scored 0; for a chance-anchored scale, the end used when no chance level is known.</param>
/// <param name="Best">The value scored 1.</param>
/// <param name="ChanceAnchored">True when the worst end is the chance level of the training data where it is known (predictive qualities).</param>
public sealed record ReferenceScale(ScaleKind Kind, double Worst, double Best, bool ChanceAnchored = false);
