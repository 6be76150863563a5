namespace Tradeoff.Measurement.Tuning;

/// <summary>
/// Random search (Bergstra and Bengio 2012): the default settings first, so that tuning never reports a choice
/// worse than the defaults on its own yardstick, then points drawn uniformly from the unit cube (log-uniform in
/// the settings on a log scale).
/// </summary>
internal sealed class RandomSearch(int dimensions, int seed) : ISearchStrategy
{
    private readonly Random _random = new(seed);
    private bool _started;

    public double[]? Next()
    {
        if (!_started)
        {
            _started = true;
            return null;
        }

        var point = new double[dimensions];
        for (var i = 0; i < point.Length; i++)
        {
            point[i] = _random.NextDouble();
        }

        return point;
    }

    public void Tell(double score)
    {
    }
}
