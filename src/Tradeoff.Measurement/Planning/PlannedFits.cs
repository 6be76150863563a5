namespace Tradeoff.Measurement.Planning;

/// <summary>
/// The fits a stage makes, for the measurement plan: at least <paramref name="Minimum"/>, at most
/// <paramref name="Maximum"/> (they differ where adaptive repetition decides), each on <paramref name="RowShare"/> of
/// the training rows on average.
/// </summary>
internal sealed record PlannedFits(int Minimum, int Maximum, double RowShare)
{
    public static PlannedFits Exactly(int count, double rowShare) => new(count, count, rowShare);
}
