using Tradeoff.Measurement.Planning;

namespace Tradeoff.Runs;

/// <summary>
/// A study's measurement plan (<c>tradeoff run --plan</c>): per technique instance to measure, its stages with their
/// fits and estimated time; the instances that would not be measured, with the reason; nothing measured.
/// </summary>
/// <param name="Techniques">The plan of each technique instance that would be measured, in run order.</param>
/// <param name="NotMeasured">The instances eliminated before training or unavailable, with the reason.</param>
/// <param name="Rows">The training rows.</param>
/// <param name="Protocol">The protocol in one line, as the results state it.</param>
public sealed record StudyPlan(IReadOnlyList<MeasurementPlan> Techniques, IReadOnlyList<KeyValuePair<string, string>> NotMeasured, int Rows, string Protocol)
{
    /// <summary>The estimate of every technique at their least repetitions, in seconds.</summary>
    public double Seconds => Techniques.Sum(t => t.Seconds);

    /// <summary>The estimate of every technique at their most repetitions, in seconds.</summary>
    public double MaxSeconds => Techniques.Sum(t => t.MaxSeconds);
}
