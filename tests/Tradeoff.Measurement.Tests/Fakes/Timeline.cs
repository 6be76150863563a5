namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// One ordered log of what the engine started (its stages and each search's trials, as progress hears of them)
/// and of what <see cref="RecordingTechnique"/> instances did (created with a configuration, fitted or updated on
/// rows), so that a test can tell which search chose the configuration of every fit and which rows that search saw.
/// </summary>
internal sealed class Timeline : IMeasurementProgress
{
    private int _instances;

    public List<TimelineEvent> Events { get; } = [];

    public void Started(string technique, string quality) => Events.Add(new StageStarted(quality));

    public void Finished(string technique, string quality, TimeSpan elapsed)
    {
    }

    /// <summary>Logs a new instance and returns its number.</summary>
    public int Created(double shift)
    {
        Events.Add(new InstanceCreated(++_instances, shift));
        return _instances;
    }

    public void Fitted(int instance, int[] rows) => Events.Add(new InstanceFitted(instance, rows));
}

internal abstract record TimelineEvent;

/// <summary>A stage of the engine, or one trial of a search (<c>nested search 2 3/4</c>), started.</summary>
internal sealed record StageStarted(string Label) : TimelineEvent;

internal sealed record InstanceCreated(int Instance, double Shift) : TimelineEvent;

/// <summary>An instance fitted on, or updated with, the rows of these ids.</summary>
internal sealed record InstanceFitted(int Instance, int[] Rows) : TimelineEvent;
