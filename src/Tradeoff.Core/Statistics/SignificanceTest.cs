namespace Tradeoff.Core.Statistics;

/// <summary>The test behind a <see cref="Significance"/>.</summary>
public enum SignificanceTest
{
    /// <summary>No test could be made.</summary>
    None,

    /// <summary>Paired t-test on the raw samples (both runs have as many samples, e.g. the same folds of the same seed).</summary>
    PairedT,

    /// <summary>Welch's t-test from each run's value, standard deviation and sample count.</summary>
    WelchT,
}
