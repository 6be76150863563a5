using System.Text.RegularExpressions;
using Spectre.Console.Testing;
using Tradeoff.Reporting.Console;
using Tradeoff.Runs.Json;
using Tradeoff.Reporting.Plots;

namespace Tradeoff.Reporting.Tests;

/// <summary>Tuning in every output: console, Markdown, HTML, plot, JSON and model card.</summary>
public sealed partial class TuningReportTests
{
    private const string ChosenTree = "trial 5: max-depth=5, min-rows-per-leaf=22, criterion=gini";

    [Fact]
    public void The_console_shows_the_search_the_choice_and_the_frontier_trials_within_120_columns()
    {
        // Given a run with a tuned decision tree and a tuned logistic regression
        var document = TunedDocument.Create();
        var console = new TestConsole().Width(120);

        // When the tuning section is rendered
        TuningView.Render(console, document.Techniques);
        var output = console.Output;
        var flat = Regex.Replace(output, "\\s+", " ");

        // Then each technique has its search line, its choice with the reason and the evaluation
        Assert.Contains("decision-tree: random search, 6 of 6 trials on accuracy, 3 inner folds; search 420 ms, nested 3.9 s; budget 120 s\n", output, StringComparison.Ordinal);
        Assert.Contains("chosen ★ " + ChosenTree, flat, StringComparison.Ordinal);
        Assert.Contains("why " + TunedDocument.TreeReason, flat, StringComparison.Ordinal);
        Assert.Contains("evaluation nested cross-validation: the search", flat, StringComparison.Ordinal);
        Assert.Contains("logistic-regression: cost-frugal search, 3 of 3 trials on accuracy", output, StringComparison.Ordinal);

        // And how often the outer folds chose each configuration, only where they disagreed
        Assert.Contains(
            "outer folds chose max-depth=5,min-rows-per-leaf=22,criterion=gini (6 of 10), max-depth=4,min-rows-per-leaf=10,criterion=gini (3 of 10), max-depth=2,min-rows-per-leaf=5,criterion=gini (1 of 10)",
            flat,
            StringComparison.Ordinal);
        Assert.Single(Regex.Matches(output, "outer folds chose"));

        // And the frontier trials in a table, smallest first, the chosen one starred, the dominated ones left out
        var trials = output.Split('\n').Select(l => TrialLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["2", "3", "5 ★", "2 ★"], trials);
        Assert.Contains("frontier ◆ trials 2, 3, 5 over accuracy, model-size", flat, StringComparison.Ordinal);
        Assert.Contains("(row decision-tree#3)", output, StringComparison.Ordinal);
        Assert.Contains("73.6% ± 1.2 points", output, StringComparison.Ordinal);
        Assert.Contains("2.4 KB", output, StringComparison.Ordinal);
        Assert.Contains("1 trial(s) failed", output, StringComparison.Ordinal);
        Assert.All(output.Split('\n'), line => Assert.True(line.Length <= 120, "wider than 120 columns: " + line));
    }

    [Fact]
    public void The_run_output_shows_the_tuning_after_the_quality_tables()
    {
        var document = TunedDocument.Create();
        var run = new Core.Results.RunResult { Study = document.Study, Environment = document.Environment, Techniques = document.Techniques };
        var console = new TestConsole().Width(120);

        OutcomeView.Render(console, new Runs.RunOutcome(run, null, false), details: true);

        var output = console.Output;
        Assert.True(output.IndexOf("Predictive quality", StringComparison.Ordinal) < output.IndexOf("Tuning", StringComparison.Ordinal));
        Assert.Contains("decision-tree: random search, 6 of 6 trials on accuracy", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_the_budget_was_reached_When_it_stopped_a_search()
    {
        var sample = TunedDocument.Create();
        var document = sample with { Techniques = sample.Techniques.Select(t => t.Tuning is { } tuning ? t with { Tuning = tuning with { BudgetReached = true } } : t).ToList() };
        var console = new TestConsole().Width(120);

        TuningView.Render(console, document.Techniques);

        Assert.Contains("budget 120 s; budget reached: a search stopped before its planned trials", Regex.Replace(console.Output, "\\s+", " "), StringComparison.Ordinal);
        Assert.Contains("- **Budget:** budget reached", Render.Markdown(document), StringComparison.Ordinal);
        Assert.Contains("Tuning reached its time budget", Render.ModelCard(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_the_tuning_of_the_technique_asked_for()
    {
        var console = new TestConsole().Width(120);

        ExplainView.Render(console, TunedDocument.Create(), "decision-tree");

        Assert.Contains("chosen ★ " + ChosenTree, Regex.Replace(console.Output, "\\s+", " "), StringComparison.Ordinal);
        Assert.DoesNotContain("l2=0.5", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_about_tuning_appears_When_no_technique_was_tuned()
    {
        var document = SampleDocument.Create();
        var console = new TestConsole().Width(120);

        TuningView.Render(console, document.Techniques);

        Assert.Empty(console.Output);
        Assert.Empty(ReportPlots.Tuning(document));
        Assert.DoesNotContain("Tuning", Render.Markdown(document), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"tuning\"", Render.Html(document), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Markdown_report_lists_every_trial_with_the_chosen_and_frontier_ones_marked()
    {
        var markdown = Render.Markdown(TunedDocument.Create());

        Assert.Contains("## Tuning", markdown, StringComparison.Ordinal);
        Assert.Contains("![Tuning: accuracy vs model-size of every configuration tried](tuning-accuracy-model-size.svg)", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Chosen ★:** " + ChosenTree, markdown, StringComparison.Ordinal);
        Assert.Contains("- **Configuration frontier ◆:** trials 2, 3, 5 over accuracy, model-size", markdown, StringComparison.Ordinal);
        Assert.Contains("| trial |  | settings | accuracy ↑ | model-size ↓ | parameters ↓ | rules ↓ | depth ↓ | train-time ↓ | time | status |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 5 | ★ ◆ | max-depth=5, min-rows-per-leaf=22, criterion=gini | 73.6% ± 1.2 points | 2.4 KB | 48 | 18 | 5 | 10 ms | 50 ms | measured |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 3 | ◆ | max-depth=4, min-rows-per-leaf=10, criterion=gini (row decision-tree#3) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 4 |  | max-depth=6, min-rows-per-leaf=2, criterion=entropy |", markdown, StringComparison.Ordinal);
        Assert.Contains("| - | - | - | - | - | - | 50 ms | failed: the fit ran out of memory |", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("## Tuning", StringComparison.Ordinal) < markdown.IndexOf("## Elimination", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Markdown_report_of_the_tuned_run_matches_its_golden_file() =>
        Golden.Verify("report-tuned.md", Render.Markdown(TunedDocument.Create()));

    [Fact]
    public void The_tuning_plot_draws_every_measured_trial_joins_the_frontier_and_marks_the_choice()
    {
        var plot = Assert.Single(ReportPlots.Tuning(TunedDocument.Create()));

        Assert.Equal("tuning-accuracy-model-size", plot.Name);
        Assert.NotNull(plot.Svg);
        Assert.Contains("model-size (lower is better) (log scale)", plot.Svg, StringComparison.Ordinal);
        Assert.Contains("<title>decision-tree: configuration frontier</title>", plot.Svg, StringComparison.Ordinal);
        Assert.Contains(">decision-tree #5</text>", plot.Svg, StringComparison.Ordinal);
        Assert.Contains(">logistic-regression #2</text>", plot.Svg, StringComparison.Ordinal);
        Assert.Contains("<title>decision-tree trial 4 (max-depth=6, min-rows-per-leaf=2, criterion=entropy): accuracy 71% &#177; 1.8 points, model-size 4 KB</title>", plot.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain("decision-tree trial 6", plot.Svg, StringComparison.Ordinal);
        Assert.Equal(8, Regex.Count(plot.Svg, "<title>[a-z-]+ trial \\d"));
        Assert.Contains("ringed and labelled: the configuration chosen", plot.Caption, StringComparison.Ordinal);
        Assert.Contains(plot, ReportPlots.All(TunedDocument.Create()));
    }

    [Fact]
    public void The_model_card_of_a_tuned_model_says_which_settings_how_they_were_chosen_and_how_it_was_evaluated()
    {
        var card = Render.ModelCard(TunedDocument.Create());

        Assert.Contains("- Settings chosen by tuning: trial 2: l2=0.5 (cost-frugal search, 3 of 3 trials on accuracy, 3 inner folds", card, StringComparison.Ordinal);
        Assert.Contains("- How they were chosen: highest accuracy in the 3-fold inner cross-validation of the 3 configurations tried", card, StringComparison.Ordinal);
        Assert.Contains("- How its predictive qualities were estimated: nested cross-validation", card, StringComparison.Ordinal);
        Assert.DoesNotContain("outer folds chose different settings", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_trial_and_the_disagreeing_folds_in_the_card_When_a_tuned_configuration_is_recommended()
    {
        var tuned = TunedDocument.Create();
        var frontierRow = tuned with { Recommended = tuned.Recommended! with { Candidate = "decision-tree#3" } };
        var tree = tuned with { Recommended = tuned.Recommended! with { Candidate = "decision-tree" } };

        var rowCard = Render.ModelCard(frontierRow);
        var treeCard = Render.ModelCard(tree);

        Assert.Contains("- Configuration: trial 3 of decision-tree's tuning (max-depth=4, min-rows-per-leaf=10, criterion=gini), on its configuration frontier; measured as an ordinary technique", rowCard, StringComparison.Ordinal);
        Assert.Contains("- The tuning of decision-tree itself chose " + ChosenTree + ": " + TunedDocument.TreeReason, rowCard, StringComparison.Ordinal);
        Assert.Contains("The searches inside the outer folds chose different settings (max-depth=5,min-rows-per-leaf=22,criterion=gini (6 of 10)", treeCard, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tuning_survives_a_round_trip_through_the_results_JSON()
    {
        var document = TunedDocument.Create();

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ResultsJson.ToJson(document)));
        var read = ResultsJson.Read(stream);

        var tuning = read.Techniques.Single(t => t.Name == "decision-tree").Tuning!;
        Assert.Equal(5, tuning.Chosen);
        Assert.Equal([2, 3, 5], tuning.Frontier);
        Assert.Equal(6, tuning.Trials.Count);
        Assert.Equal("the fit ran out of memory", tuning.Trials[5].Message);
        Assert.Equal("gini", tuning.NestedChoices[0]["criterion"]);
        Assert.Null(read.Techniques.Single(t => t.Name == "baseline").Tuning);
    }

    [GeneratedRegex("^\\s+(\\d+(?: ★)?)\\s{3}[a-z]")]
    private static partial Regex TrialLine();
}
