using Spectre.Console;
using Tradeoff.Core.Qualities;
using Tradeoff.Runs;

namespace Tradeoff.Cli.Commands;

/// <summary>Renders a study's measurement plan (<c>run --plan</c>): a table per technique, the totals, and how the estimate was made.</summary>
internal static class PlanView
{
    public static void Render(IAnsiConsole console, string study, StudyPlan plan)
    {
        console.MarkupLine($"[bold]Measurement plan[/] of {Markup.Escape(study)}: {QualityFormat.Count(plan.Rows)} training rows, {Markup.Escape(plan.Protocol)}. Nothing was measured.");
        console.MarkupLine(Markup.Escape(
            "How the time is estimated: for each technique, fits on all training rows timed now, each with the collection before it (one when it took 10 s or more; " +
            "else more for 1 s, at most 20, and on until one runs at steady state): the median of the last is a fit's cost, and when fits are short, fits on a small " +
            "share of the rows make it a fixed cost per fit plus a cost per row; what is left of the fits' warm-up after the stages before train-time is fits of train-time; " +
            "a stage's timed work is the warm-up of predictions timed now plus its protocol's least timed rounds; a tuned technique's tuning is its search timed now, on all " +
            "rows and on a part's share of them. Where adaptive repetition decides, fits and time go from the least to the most repetitions."));
        foreach (var technique in plan.Techniques)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{technique.Name}: a fit {QualityFormat.Seconds(technique.FitSeconds)}, from {technique.FitBasis}"));
            table.AddColumn("stage");
            table.AddColumn(new TableColumn("fits").RightAligned());
            table.AddColumn(new TableColumn("estimated").RightAligned());
            table.AddColumn("note");
            foreach (var stage in technique.Stages)
            {
                table.AddRow(Markup.Escape(stage.Stage), Range(stage.Fits, stage.MaxFits, f => QualityFormat.Count((long)f)), Range(stage.Seconds, stage.MaxSeconds, QualityFormat.Seconds), Markup.Escape(stage.Note ?? ""));
            }

            table.AddRow("[bold]total[/]", Range(technique.Stages.Sum(s => s.Fits), technique.Stages.Sum(s => s.MaxFits), f => QualityFormat.Count((long)f)), "[bold]" + Range(technique.Seconds, technique.MaxSeconds, QualityFormat.Seconds) + "[/]", "");
            console.Write(table);
        }

        foreach (var (name, reason) in plan.NotMeasured)
        {
            console.MarkupLine($"[dim]{Markup.Escape(name)}: not measured ({Markup.Escape(reason)})[/]");
        }

        console.MarkupLine($"[bold]total[/]: {Range(plan.Seconds, plan.MaxSeconds, QualityFormat.Seconds)} of measuring for {QualityFormat.Count(plan.Techniques.Count)} technique(s), besides loading the data and the timed fits of this plan.");
    }

    private static string Range(double least, double most, Func<double, string> format) =>
        most > least ? $"{format(least)} to {format(most)}" : format(least);
}
