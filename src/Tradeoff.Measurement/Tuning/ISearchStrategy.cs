namespace Tradeoff.Measurement.Tuning;

/// <summary>
/// Proposes configurations one at a time as points of the unit cube (one coordinate per searched setting) and
/// learns from each score. A null point stands for the technique's default settings.
/// </summary>
internal interface ISearchStrategy
{
    /// <summary>The next point to try (null: the defaults).</summary>
    double[]? Next();

    /// <summary>The score of the last point proposed, higher is better; NaN when its trial failed.</summary>
    void Tell(double score);
}
