using Spectre.Console;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// Spectre's live progress bar in a terminal: the technique and step being measured, the share of techniques done,
/// the time so far and Spectre's estimate of the time left (from the pace of the techniques done). Cleared when the
/// run ends, so the results follow the command line.
/// </summary>
internal static class LiveProgress
{
    public static T Run<T>(IAnsiConsole console, TimeProvider time, ConsoleRunObserver observer, Func<T> work) =>
        new Progress(console, time)
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                observer.Bar = context.AddTask("loading the data", maxValue: 1);
                try
                {
                    return work();
                }
                finally
                {
                    observer.Bar = null;
                }
            });
}
