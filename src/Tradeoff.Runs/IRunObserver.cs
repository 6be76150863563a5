using Tradeoff.Core.Results;
using Tradeoff.Measurement;

namespace Tradeoff.Runs;

/// <summary>Hears what a run does, as it does it (the console's progress display, the store).</summary>
public interface IRunObserver : IMeasurementProgress
{
    /// <summary>The data are loaded; <paramref name="techniques"/> instances will be considered.</summary>
    void DataLoaded(StudyData data, int techniques);

    /// <summary>Measuring the technique instance <paramref name="name"/> (the <paramref name="index"/>-th, 1-based) begins.</summary>
    void TechniqueStarted(string name, int index);

    /// <summary>A technique instance is done: measured, not trained, failed or unavailable.</summary>
    void TechniqueFinished(TechniqueResult result);
}
