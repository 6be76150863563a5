using Tradeoff.Core.Results;
using Tradeoff.Measurement;

namespace Tradeoff.Runs;

/// <summary>Hears what a run does, as it does it (the console's progress display, the store).</summary>
public interface IRunObserver : IMeasurementProgress
{
    /// <summary>
    /// The data are loaded and the run's <paramref name="environment"/> captured (the one capture of the run);
    /// <paramref name="techniques"/> instances will be considered.
    /// </summary>
    void DataLoaded(StudyData data, EnvironmentInfo environment, int techniques);

    /// <summary>A remark for the person running the study, such as why stored measurements are not reused.</summary>
    void Note(string message);

    /// <summary>Measuring the technique instance <paramref name="name"/> (the <paramref name="index"/>-th, 1-based) begins.</summary>
    void TechniqueStarted(string name, int index);

    /// <summary>A technique instance is done: measured, not trained, failed or unavailable.</summary>
    void TechniqueFinished(TechniqueResult result);
}
