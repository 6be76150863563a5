namespace Tradeoff.Core.Studies;

/// <summary>
/// The production volume a study states (<c>scale: { rows: 10000000, predictions-per-day: 50000000 }</c>): the
/// training rows and the predictions per day that the scale quality projects training time, model size and
/// inference cost to.
/// </summary>
/// <param name="Rows">Training rows expected in production (at least 1).</param>
/// <param name="PredictionsPerDay">Predictions served per day (0 or more).</param>
public sealed record ScaleSpec(long Rows, long PredictionsPerDay);
