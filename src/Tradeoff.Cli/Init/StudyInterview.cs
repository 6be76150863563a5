using System.Globalization;
using Spectre.Console;
using Tradeoff.Cli.Commands;
using Tradeoff.Core;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Cli.Init;

/// <summary>
/// Asks the lecture's questions in its five views, each with the answer so far as the default (a template's, the data
/// file's), and returns the answers. Plain text prompts with choices rather than arrow-key menus, so that every answer
/// can be typed, piped in a script, and tested with Spectre's test console.
/// </summary>
internal sealed class StudyInterview(IAnsiConsole console, string studyFolder)
{
    private const string None = "none";

    public (StudyAnswers Answers, DataGuess? Guess) Ask(StudyAnswers answers, DataGuess? guess)
    {
        console.Write(new Rule("[bold]tradeoff init[/]: the lecture's questions, in five views").LeftJustified());
        console.MarkupLine("[dim]Enter keeps the answer in brackets; 'none' leaves a limit out.[/]");
        var train = answers.Data.Train;
        var scenario = Choose("Which scenario is closest?", None, [None, .. StudyTemplates.Names]);
        if (scenario != None)
        {
            // The template's answers, its production rows included; the data file's roles are set again below.
            answers = StudyTemplates.Load(scenario);
        }

        console.Write(new Rule("Data file").LeftJustified());
        if (guess is null || train is null)
        {
            var file = Text("The data file (CSV, TSV, ARFF)?", null, ReadableData);
            train = InitCommand.StudyData(file, studyFolder);
            guess = DataGuess.Read(file, null);
        }

        var target = Choose("The column to predict?", guess.Target, guess.Columns);
        if (target != guess.Target)
        {
            guess = DataGuess.Read(Path.Combine(studyFolder, train), target);
        }

        answers = InitCommand.WithData(answers, train, guess);
        answers = Model(answers, guess);
        answers = DataView(answers, guess);
        answers = SystemView(answers);
        answers = InfrastructureView(answers);
        answers = EnvironmentView(answers);
        answers = answers with { Name = Text("A name for the study?", answers.Name, _ => null) };
        return (Priorities(answers, guess), guess);
    }

    private StudyAnswers Model(StudyAnswers answers, DataGuess guess)
    {
        console.Write(new Rule("Model").LeftJustified());
        var task = Choose("The task?", guess.Task, ["classification", "regression"]);
        var predictive = StudyWriter.Predictive(QualityIds.Accuracy, task, guess.Classes);
        var minimum = Limit($"The least {predictive} worth shipping?", answers.Model.MinimumAccuracy, v => $"{predictive} >= {v}");
        var interpretable = Choose("Must a person be able to follow the model?", answers.Model.Interpretability, [ModelAnswers.Required, ModelAnswers.Preferred, ModelAnswers.NotNeeded]);
        return answers with { Model = new ModelAnswers { Task = task, MinimumAccuracy = minimum, Interpretability = interpretable } };
    }

    private StudyAnswers DataView(StudyAnswers answers, DataGuess guess)
    {
        console.Write(new Rule("Data").LeftJustified());
        var current = answers.Data.Protected.Count > 0 ? string.Join(", ", answers.Data.Protected) : None;
        var hint = answers.Data.Protected.Count > 0 ? " (guessed from the column names)" : string.Empty;
        var given = Text($"Protected attributes, comma-separated{hint}?", current, text => Columns(text, guess).Problem);
        var chosen = Columns(given, guess).Names;
        var rows = Count($"How many rows will the production model train on? (the file has {QualityFormat.Count(guess.Rows)})", answers.Data.Rows ?? guess.Rows);
        return answers with
        {
            Data = answers.Data with { Protected = [.. chosen], ProtectedGuessed = given == current && answers.Data.ProtectedGuessed, Rows = rows },
        };
    }

    private StudyAnswers SystemView(StudyAnswers answers)
    {
        console.Write(new Rule("System").LeftJustified());
        var predictions = Count("How many predictions per day?", answers.System.PredictionsPerDay);
        var latency = Limit("The slowest prediction allowed (99th percentile), e.g. 1ms?", answers.System.Latency, v => $"{QualityIds.LatencyP99} <= {v}");
        var cost = Limit("The most one million predictions may cost, in USD?", answers.System.CostPerMillion is { } c ? c.ToString(CultureInfo.InvariantCulture) : null, v => $"{QualityIds.CostPredict} <= {v}");
        return answers with
        {
            System = new SystemAnswers { PredictionsPerDay = predictions, Latency = latency, CostPerMillion = cost is null ? null : double.Parse(cost, CultureInfo.InvariantCulture) },
        };
    }

    private StudyAnswers InfrastructureView(StudyAnswers answers)
    {
        console.Write(new Rule("Infrastructure").LeftJustified());
        var current = answers.Infrastructure;
        var budget = Text("The longest one training may take, e.g. 10m or 2h?", current.TrainingBudget ?? None, text =>
            text == None || Durations.TryParse(text, out _) ? null : $"a duration such as {Durations.Examples}, or {None}");
        var retraining = Choose("How often must the model absorb new data?", current.Retraining, InfrastructureAnswers.Frequencies);
        var deployment = Choose("Where does the model run?", current.Deployment, InfrastructureAnswers.Targets);
        var suggested = deployment == current.Deployment ? current.ModelSizeLimit : InfrastructureAnswers.SuggestedSizeLimit(deployment);
        var size = Limit("The largest model it takes, e.g. 1MB?", suggested, v => $"{QualityIds.ModelSize} <= {v}");
        return answers with
        {
            Infrastructure = new InfrastructureAnswers { TrainingBudget = budget == None ? null : budget, Retraining = retraining, Deployment = deployment, ModelSizeLimit = size },
        };
    }

    private StudyAnswers EnvironmentView(StudyAnswers answers)
    {
        console.Write(new Rule("Environment").LeftJustified());
        var environment = answers.Environment;
        if (answers.Data.Protected.Count > 0)
        {
            var fair = Confirm("Must the groups of the protected attributes be served alike (fairness)?", environment.Fairness);
            environment = environment with { Fairness = fair };
            if (fair)
            {
                var gap = Limit("The largest accuracy gap allowed between groups?", YamlText.Number(environment.FairnessGap), v => $"{QualityIds.FairnessAccuracyGap} <= {v}");
                environment = environment with { FairnessGap = gap is null ? environment.FairnessGap : Units.Scale(double.Parse(gap.TrimEnd('%'), CultureInfo.InvariantCulture), gap.EndsWith('%') ? -2 : 0) };
            }
        }
        else
        {
            console.MarkupLine("[dim]No protected attribute: fairness cannot be measured.[/]");
            environment = environment with { Fairness = false };
        }

        var privacy = Confirm("Are the training rows personal data that must not leak through the model (privacy)?", environment.Privacy);
        return answers with { Environment = environment with { Privacy = privacy } };
    }

    private StudyAnswers Priorities(StudyAnswers answers, DataGuess guess)
    {
        console.Write(new Rule("Priorities").LeftJustified());
        console.MarkupLine("[dim]How much each quality weighs in the ranking of the frontier (0 leaves it out).[/]");
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, weight) in StudyWriter.Weights(answers, guess.Classes))
        {
            var given = console.Prompt(new TextPrompt<double>($"Weight of {Markup.Escape(id)}?").DefaultValue(weight)
                .Validate(w => w >= 0 && double.IsFinite(w) ? ValidationResult.Success() : ValidationResult.Error("a weight is a number of at least 0")));
            if (given > 0)
            {
                weights[id] = given;
            }
        }

        return answers with { Weights = weights.Count > 0 ? weights : new() { [StudyWriter.Predictive(QualityIds.Accuracy, answers.Model.Task, guess.Classes)] = 1 } };
    }

    private string Choose(string question, string current, IEnumerable<string> choices) =>
        console.Prompt(new TextPrompt<string>(Markup.Escape(question)).AddChoices(choices).DefaultValue(current).ShowChoices());

    private bool Confirm(string question, bool current) =>
        console.Prompt(new ConfirmationPrompt(Markup.Escape(question)) { DefaultValue = current });

    private string Text(string question, string? current, Func<string, string?> problem)
    {
        var prompt = new TextPrompt<string>(Markup.Escape(question)).Validate(text => problem(text.Trim()) is { } p ? ValidationResult.Error(Markup.Escape(p)) : ValidationResult.Success());
        return console.Prompt(current is null ? prompt : prompt.DefaultValue(current)).Trim();
    }

    /// <summary>A limit's value (the right side of <paramref name="constraint"/>), checked as a study would read it; null for none.</summary>
    private string? Limit(string question, string? current, Func<string, string> constraint)
    {
        var answer = Text(question, current ?? None, text =>
        {
            if (text == None)
            {
                return null;
            }

            try
            {
                ConstraintParser.Parse(new ConstraintSpec(constraint(text)), "the answer");
                return null;
            }
            catch (InputException e)
            {
                return e.Message;
            }
        });
        return answer == None ? null : answer;
    }

    private long? Count(string question, long? current)
    {
        var answer = Text(question, current?.ToString(CultureInfo.InvariantCulture) ?? "unknown", text =>
            text == "unknown" || long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null : "a whole number, or unknown");
        return answer == "unknown" ? null : long.Parse(answer.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private string? ReadableData(string file)
    {
        try
        {
            InitCommand.StudyData(file, studyFolder);
            DataGuess.Read(file, null);
            return null;
        }
        catch (InputException e)
        {
            return e.Message;
        }
    }

    private static (IReadOnlyList<string> Names, string? Problem) Columns(string text, DataGuess guess)
    {
        if (text == None)
        {
            return ([], null);
        }

        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.FirstOrDefault(n => !guess.Columns.Contains(n, StringComparer.Ordinal) || n == guess.Target);
        return unknown is null
            ? (names, null)
            : (names, $"'{unknown}' is not a feature column{Suggestions.DidYouMean(unknown, guess.Columns)}; columns: {string.Join(", ", guess.Columns.Where(c => c != guess.Target))}");
    }
}
