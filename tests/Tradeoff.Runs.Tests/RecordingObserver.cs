using Tradeoff.Core.Results;

namespace Tradeoff.Runs.Tests;

/// <summary>An observer that keeps what it hears, in order.</summary>
internal sealed class RecordingObserver : IRunObserver
{
    public List<string> Heard { get; } = [];

    public void DataLoaded(StudyData data, EnvironmentInfo environment, int techniques) => Heard.Add("data");

    public void Note(string message) => Heard.Add("note: " + message);

    public void TechniqueStarted(string name, int index) => Heard.Add("start " + name);

    public void Started(string technique, string quality) => Heard.Add($"start {technique} {quality}");

    public void Finished(string technique, string quality, TimeSpan elapsed) => Heard.Add($"finish {technique} {quality}");

    public void TechniqueFinished(TechniqueResult result) => Heard.Add("finish " + result.Name);
}
