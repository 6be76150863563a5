using Tradeoff.Core.Results;

namespace Tradeoff.Runs;

/// <summary>
/// Hears nothing: for a caller of <see cref="StudyRunner.Run"/> that wants the outcome and no progress (a library
/// caller, a test). The console and a worker pass their own observers.
/// </summary>
public sealed class SilentRunObserver : IRunObserver
{
    /// <summary>The one instance; it keeps no state.</summary>
    public static SilentRunObserver Instance { get; } = new();

    private SilentRunObserver()
    {
    }

    /// <inheritdoc/>
    public void DataLoaded(StudyData data, EnvironmentInfo environment, int techniques)
    {
    }

    /// <inheritdoc/>
    public void Note(string message)
    {
    }

    /// <inheritdoc/>
    public void TechniqueStarted(string name, int index)
    {
    }

    /// <inheritdoc/>
    public void TechniqueFinished(TechniqueResult result)
    {
    }

    /// <inheritdoc/>
    public void Started(string technique, string quality)
    {
    }

    /// <inheritdoc/>
    public void Finished(string technique, string quality, TimeSpan elapsed)
    {
    }
}
