using System.Globalization;
using Spectre.Console;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Runs;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// Progress as plain lines, one per step, on the error stream: it reads the same in a terminal, a log and CI
/// (Spectre's live progress bar prints nothing when output is redirected).
/// </summary>
internal sealed class ConsoleRunObserver(IAnsiConsole console, TimeProvider time) : IRunObserver
{
    private readonly long _start = time.GetTimestamp();
    private int _count;
    private int _index;

    public void DataLoaded(StudyData data, EnvironmentInfo environment, int techniques)
    {
        _count = techniques;
        var train = data.Train;
        var test = data.Test is null ? string.Empty : $", test {QualityFormat.Count(data.Test.RowCount)} rows";
        console.MarkupLine($"[dim]data: {Markup.Escape(train.Source)}: {QualityFormat.Count(train.RowCount)} rows, {train.FeatureCount.ToString(CultureInfo.InvariantCulture)} features, {Markup.Escape(train.Task.ToString())}{test}[/]");
    }

    public void Note(string message) => console.MarkupLine($"[yellow]{Markup.Escape(message)}[/]");

    public void TechniqueStarted(string name, int index)
    {
        _index = index;
        console.MarkupLine($"[dim][[{index.ToString(CultureInfo.InvariantCulture)}/{_count.ToString(CultureInfo.InvariantCulture)}]] {Markup.Escape(name)}[/]");
    }

    public void Started(string technique, string quality)
    {
    }

    public void Finished(string technique, string quality, TimeSpan elapsed) =>
        console.MarkupLine($"[dim]      {Markup.Escape(quality)} ({QualityFormat.Seconds(elapsed.TotalSeconds)}, total {QualityFormat.Seconds(time.GetElapsedTime(_start).TotalSeconds)})[/]");

    public void TechniqueFinished(TechniqueResult result)
    {
        if (result.Status != TechniqueStatus.Measured)
        {
            console.MarkupLine($"[dim]      {Markup.Escape(result.Message ?? result.Status.ToString())}[/]");
        }

        if (_index == _count)
        {
            console.MarkupLine($"[dim]measured in {QualityFormat.Seconds(time.GetElapsedTime(_start).TotalSeconds)}[/]");
        }
    }
}
