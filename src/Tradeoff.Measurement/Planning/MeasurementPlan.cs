namespace Tradeoff.Measurement.Planning;

/// <summary>
/// The measurement plan of one technique instance (<c>tradeoff run --plan</c>): its stages in the order they run,
/// each with its fits and estimated time, estimated from fits timed before the run.
/// </summary>
public sealed record MeasurementPlan
{
    /// <summary>The technique instance's name.</summary>
    public required string Name { get; init; }

    /// <summary>Wall seconds of the first fit on all training rows (it pays for compilation too).</summary>
    public required double FirstFitSeconds { get; init; }

    /// <summary>Wall seconds one fit on all training rows is taken to cost in the estimate.</summary>
    public required double FitSeconds { get; init; }

    /// <summary>How <see cref="FitSeconds"/> was found, in words.</summary>
    public required string FitBasis { get; init; }

    /// <summary>The stages, in the order the run makes them.</summary>
    public required IReadOnlyList<PlannedStage> Stages { get; init; }

    /// <summary>The estimate of all stages at their least repetitions, in seconds.</summary>
    public double Seconds => Stages.Sum(s => s.Seconds);

    /// <summary>The estimate of all stages at their most repetitions, in seconds.</summary>
    public double MaxSeconds => Stages.Sum(s => s.MaxSeconds);
}

/// <summary>One stage of a <see cref="MeasurementPlan"/>: its fits (fewest and most) and its estimated seconds (least and most).</summary>
/// <param name="Stage">The stage's name, as progress shows it (<c>stability</c>).</param>
/// <param name="Fits">Fits it makes at the least.</param>
/// <param name="MaxFits">Fits it makes at the most (more than <paramref name="Fits"/> where adaptive repetition decides).</param>
/// <param name="Seconds">Estimated seconds at the least.</param>
/// <param name="MaxSeconds">Estimated seconds at the most.</param>
/// <param name="Note">What the stage shares or why it makes no fit of its own, or null.</param>
public sealed record PlannedStage(string Stage, int Fits, int MaxFits, double Seconds, double MaxSeconds, string? Note = null);
