using System.Globalization;
using Spectre.Console;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Runs;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// Progress on the error stream. In a terminal, Spectre's live progress bar (<see cref="Bar"/>) with the technique
/// and step being measured and a time estimate; otherwise (a log, CI, a pipe, where Spectre's bar prints nothing)
/// one plain line per technique, and a heartbeat line whenever 10 s pass without one, so a long step never looks
/// like a hang. Quiet prints nothing.
/// </summary>
internal sealed class ConsoleRunObserver : IRunObserver, IDisposable
{
    /// <summary>The longest a plain log stays silent while measuring.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(10);

    private readonly IAnsiConsole _console;
    private readonly TimeProvider _time;
    private readonly bool _quiet;
    private readonly long _start;
    private readonly Lock _lock = new();
    private readonly ITimer? _heartbeat;
    private long _lastLine;
    private long _techniqueStart;
    private long _stepStart;
    private int _count;
    private int _index;
    private string? _technique;
    private string? _step;

    public ConsoleRunObserver(IAnsiConsole console, TimeProvider time, bool quiet = false)
    {
        _console = console;
        _time = time;
        _quiet = quiet;
        _start = _lastLine = time.GetTimestamp();
        if (!quiet)
        {
            // Ticks every second, and writes only once the log has been silent for the interval: never longer silent.
            _heartbeat = time.CreateTimer(_ => Beat(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>The live bar in a terminal; null writes plain lines.</summary>
    public ProgressTask? Bar { get; set; }

    public void DataLoaded(StudyData data, EnvironmentInfo environment, int techniques)
    {
        _count = techniques;
        Bar?.MaxValue(Math.Max(1, techniques));
        var train = data.Train;
        var test = data.Test is null ? string.Empty : $", test {QualityFormat.Count(data.Test.RowCount)} rows";
        Line($"[dim]data: {Markup.Escape(train.Source)}: {QualityFormat.Count(train.RowCount)} rows, {train.FeatureCount.ToString(CultureInfo.InvariantCulture)} features, {Markup.Escape(train.Task.ToString())}{test}[/]");
    }

    public void Note(string message) => Line($"[yellow]{Markup.Escape(message)}[/]");

    public void TechniqueStarted(string name, int index)
    {
        lock (_lock)
        {
            _index = index;
            _technique = name;
            _step = null;
            _techniqueStart = _stepStart = _time.GetTimestamp();
        }

        Describe();
    }

    public void Started(string technique, string quality)
    {
        lock (_lock)
        {
            _step = quality;
            _stepStart = _time.GetTimestamp();
        }

        Describe();
    }

    public void Finished(string technique, string quality, TimeSpan elapsed)
    {
    }

    public void TechniqueFinished(TechniqueResult result)
    {
        string counter;
        lock (_lock)
        {
            _technique = null;
            counter = Counter();
        }

        Bar?.Increment(1);
        var how = result.Status == TechniqueStatus.Measured
            ? $"measured in {QualityFormat.Seconds(_time.GetElapsedTime(_techniqueStart).TotalSeconds)}"
            : result.Message ?? result.Status.ToString();
        Line($"[dim]{counter} {Markup.Escape(result.Name)}: {Markup.Escape(how)} (total {QualityFormat.Seconds(Elapsed())})[/]", plainOnly: true);
        if (_index == _count)
        {
            Line($"[dim]measured in {QualityFormat.Seconds(Elapsed())}[/]");
        }
    }

    public void Dispose() => _heartbeat?.Dispose();

    // The heartbeat of a plain log: what is being measured, for how long, once the log has been silent long enough.
    private void Beat()
    {
        string? text = null;
        lock (_lock)
        {
            if (Bar is null && _technique is not null && _time.GetElapsedTime(_lastLine) >= HeartbeatInterval)
            {
                var seconds = Math.Round(_time.GetElapsedTime(_stepStart).TotalSeconds);
                var step = _step is null ? string.Empty : seconds >= 1 ? $": {_step} for {QualityFormat.Seconds(seconds)}" : $": {_step}";
                text = $"[dim]{Counter()} still measuring {Markup.Escape(_technique)}{Markup.Escape(step)} (total {QualityFormat.Seconds(Math.Round(Elapsed()))})[/]";
            }
        }

        if (text is not null)
        {
            Line(text);
        }
    }

    private void Describe()
    {
        if (Bar is { } bar)
        {
            lock (_lock)
            {
                var step = _step is null ? string.Empty : ": " + _step;
                bar.Description($"{Counter()} {Markup.Escape(_technique ?? string.Empty)}{Markup.Escape(step)}");
            }
        }
    }

    private string Counter() => $"[[{_index.ToString(CultureInfo.InvariantCulture)}/{_count.ToString(CultureInfo.InvariantCulture)}]]";

    private double Elapsed() => _time.GetElapsedTime(_start).TotalSeconds;

    // plainOnly: a line the live bar already shows (a technique done) is left out under the bar.
    private void Line(string markup, bool plainOnly = false)
    {
        if (_quiet || (plainOnly && Bar is not null))
        {
            return;
        }

        lock (_lock)
        {
            _console.MarkupLine(markup);
            _lastLine = _time.GetTimestamp();
        }
    }
}
