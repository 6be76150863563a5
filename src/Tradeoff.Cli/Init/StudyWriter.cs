using System.Globalization;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;

namespace Tradeoff.Cli.Init;

/// <summary>
/// Writes the study that a set of answers calls for, every line with a comment that says which of the lecture's
/// views it comes from and why it is there (and the template's own reason, when it gives one). The one code path
/// from answers to a study: every template and every interview goes through it.
/// </summary>
internal static class StudyWriter
{
    private const string Indent = "  ";

    // Capabilities (TechniqueCapabilities.KnownIds) the answers may require.
    private const string Interpretable = "interpretable";
    private const string Incremental = "incremental";

    /// <summary>The study's text; <paramref name="classes"/> is the target's class count when the data were read (0: not known).</summary>
    public static string Write(StudyAnswers answers, int classes = 0)
    {
        var lines = new List<string>();
        lines.AddRange(YamlText.Comment(string.Empty, "Written by `tradeoff init`"
            + (answers.Title is { } title ? $" from the template '{title}'" : string.Empty)
            + ". Each line says why it is there: change what your team answers differently, then run it with"
            + " `tradeoff run` (add --quick for a first look). docs/concepts.md explains the words."));
        lines.Add("name: " + YamlText.Scalar(answers.Name));
        if (answers.Description is { } description)
        {
            lines.Add("description: >");
            lines.AddRange(Wrap(description));
        }

        Data(lines, answers);
        lines.AddRange(YamlText.Comment(string.Empty, "Every technique this build offers; the constraints below eliminate those that cannot meet them, before or after measuring."));
        lines.Add("techniques: all");
        lines.AddRange(YamlText.Comment(string.Empty, "10-fold cross-validation (5 above 50,000 rows) by default; a fixed seed makes the run repeatable."));
        lines.Add("protocol: { seed: 42 }");
        Constraints(lines, answers, classes);
        Scale(lines, answers);
        Priorities(lines, answers, classes);
        return string.Join('\n', lines) + "\n";
    }

    private static void Data(List<string> lines, StudyAnswers answers)
    {
        var data = answers.Data;
        lines.Add("data:");
        var rows = data.FileRows is { } n ? $" ({QualityFormat.Count(n)} rows)" : string.Empty;
        lines.AddRange(YamlText.Comment(Indent, $"Data view: the rows to learn from{rows}, relative to this file's folder (a study reads no file outside it)."));
        lines.Add($"{Indent}train: {YamlText.Scalar(data.Train ?? string.Empty)}");
        if (data.Target is { } target)
        {
            lines.AddRange(YamlText.Comment(Indent, "Data view: the column to predict."));
            lines.Add($"{Indent}target: {YamlText.Scalar(target)}");
        }

        lines.AddRange(Because(Indent, "Model view: the task; classification predicts a class (the positive class of two is the rarer one unless `positive:` names it), regression a number.", answers, "task"));
        lines.Add($"{Indent}task: {answers.Model.Task}");
        if (data.Protected.Count > 0)
        {
            var how = data.ProtectedGuessed
                ? "guessed from the column names: check them, remove those that are not protected, add those missed"
                : "as given";
            lines.AddRange(Because(Indent, $"Data view: protected attributes, {how}. Fairness is measured between their groups (a numeric one is cut at its median unless thresholds are given, e.g. age: [25]).", answers, "protected"));
            lines.Add($"{Indent}protected: {YamlText.List(data.Protected)}");
        }
    }

    private static void Constraints(List<string> lines, StudyAnswers answers, int classes)
    {
        var items = new List<(string? Constraint, string Comment, string Key)>();
        var model = answers.Model;
        var predictive = Predictive(QualityIds.Accuracy, model.Task, classes);
        if (model.Interpretability == ModelAnswers.Required)
        {
            items.Add((Interpretable, "Model view: a person must be able to follow the model (a tree, rules, a linear model); the others are eliminated before any training.", "interpretability"));
        }

        items.Add(model.MinimumAccuracy is { } minimum
            ? ($"{predictive} >= {minimum}", $"Model view: the least {predictive} worth shipping; 'baseline + 0.02' asks to beat guessing the majority (or the mean) by 2 points.", "minimum-accuracy")
            : (null, $"Model view: no least {predictive} is asked.", "minimum-accuracy"));

        var system = answers.System;
        if (system.Latency is { } latency)
        {
            items.Add(($"{QualityIds.LatencyP99} <= {latency}", "System view: the slowest single prediction allowed, at the 99th percentile (1 in 100 may be slower).", "latency"));
        }

        if (system.CostPerMillion is { } cost)
        {
            items.Add(($"{QualityIds.CostPredict} <= {YamlText.Number(cost)}", "System view: the most one million predictions may cost in compute, in USD (at the study's price per CPU hour).", "cost"));
        }

        Infrastructure(items, answers);
        Environment(items, answers);
        // An answer that asks for no limit writes no line, but a template's reason for it is kept as a comment.
        items.RemoveAll(i => i.Constraint is null && !answers.Why.ContainsKey(i.Key));
        if (items.Count == 0)
        {
            lines.AddRange(YamlText.Comment(string.Empty, "No constraints: no answer asked for one, so every technique is measured and none is eliminated."));
            return;
        }

        lines.AddRange(YamlText.Comment(string.Empty, "Hard requirements: a technique that breaks one is eliminated, with the reason."));
        lines.Add("constraints:");
        foreach (var (constraint, comment, key) in items)
        {
            lines.AddRange(Because(Indent, comment, answers, key));
            if (constraint is not null)
            {
                lines.Add($"{Indent}- {constraint}");
            }
        }
    }

    private static void Infrastructure(List<(string?, string, string)> items, StudyAnswers answers)
    {
        var infrastructure = answers.Infrastructure;
        if (infrastructure.TrainingBudget is { } budget && Durations.TryParse(budget, out var span))
        {
            var seconds = YamlText.Number(Math.Round(span.TotalSeconds, 3)) + "s";
            items.Add(ProjectsRows(answers)
                ? ($"{QualityIds.ScaleProjectedTrainTime} <= {seconds}", $"Infrastructure view: one training may take at most {budget}, projected to the production rows (scale below).", "training-budget")
                : ($"{QualityIds.TrainTime} <= {seconds}", $"Infrastructure view: one training may take at most {budget}.", "training-budget"));
        }

        if (infrastructure.Retraining == InfrastructureAnswers.Continuous)
        {
            items.Add((Incremental, "Infrastructure view: new data arrive continuously, so the model must learn from new rows without a full refit.", "retraining"));
        }

        if (infrastructure.ModelSizeLimit is { } size)
        {
            items.Add(($"{QualityIds.ModelSize} <= {size}", $"Infrastructure view: the largest model the deployment target ({infrastructure.Deployment}) takes.", "model-size-limit"));
        }
    }

    private static void Environment(List<(string?, string, string)> items, StudyAnswers answers)
    {
        var environment = answers.Environment;
        if (environment.Fairness && answers.Data.Protected.Count > 0)
        {
            items.Add(($"{QualityIds.FairnessAccuracyGap} <= {YamlText.Number(environment.FairnessGap)}", "Environment view: no group of a protected attribute may be served much worse; the largest accuracy gap between groups.", "fairness"));
        }

        if (environment.Privacy)
        {
            items.Add(($"{QualityIds.PrivacyMembershipAuc} <= {YamlText.Number(environment.MembershipAuc)}", "Environment view: the training rows are personal; an attack guessing whether a row was trained on should do little better than chance (0.5).", "privacy"));
        }
    }

    private static void Scale(List<string> lines, StudyAnswers answers)
    {
        if (ScaleRows(answers) is not { } rows)
        {
            return;
        }

        var predictions = answers.System.PredictionsPerDay ?? 0;
        lines.AddRange(Because(string.Empty, "Data and system views: the production volume (training rows, predictions per day) the scale qualities project train time, model size and daily cost to, labelled as extrapolation.", answers, "predictions-per-day"));
        lines.Add($"scale: {{ rows: {rows.ToString(CultureInfo.InvariantCulture)}, predictions-per-day: {predictions.ToString(CultureInfo.InvariantCulture)} }}");
    }

    private static void Priorities(List<string> lines, StudyAnswers answers, int classes)
    {
        var weights = Weights(answers, classes);
        var objectives = answers.Objectives.Count > 0
            ? answers.Objectives.Select(o => Predictive(o, answers.Model.Task, classes)).Distinct(StringComparer.Ordinal).ToList()
            : weights.Keys.Where(k => k != QualityIds.Interpretability).ToList();
        lines.AddRange(Because(string.Empty, "The Pareto frontier is computed over these: a technique no other beats on all of them at once stays.", answers, "objectives"));
        lines.Add("objectives: " + YamlText.List(objectives));
        var derived = answers.Weights.Count == 0
            ? " Derived from the answers: the predictive quality first, 0.1 for each quality an answer made matter; put your own."
            : string.Empty;
        lines.AddRange(Because(string.Empty, "The priorities that rank the frontier (a weighted sum of each quality on a 0 to 1 scale)." + derived, answers, "weights"));
        lines.Add("weights: { " + string.Join(", ", weights.Select(w => $"{w.Key}: {YamlText.Number(w.Value)}")) + " }");
    }

    /// <summary>The weights the answers give, or derive: the predictive quality 0.5, and 0.1 or 0.2 for each quality an answer made matter.</summary>
    public static Dictionary<string, double> Weights(StudyAnswers answers, int classes)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string id, double weight) => weights[id] = weights.GetValueOrDefault(id) + weight;
        if (answers.Weights.Count > 0)
        {
            foreach (var (id, weight) in answers.Weights)
            {
                Add(Predictive(id, answers.Model.Task, classes), weight);
            }

            return weights;
        }

        Add(Predictive(QualityIds.Accuracy, answers.Model.Task, classes), 0.5);
        if (answers.Model.Interpretability == ModelAnswers.Preferred)
        {
            Add(QualityIds.Interpretability, 0.2);
        }

        var infrastructure = answers.Infrastructure;
        if (answers.System.Latency is not null || answers.System.PredictionsPerDay >= 1_000_000)
        {
            Add(QualityIds.LatencyP99, 0.1);
        }

        if (infrastructure.ModelSizeLimit is not null || infrastructure.Deployment is "phone" or "embedded")
        {
            Add(QualityIds.ModelSize, 0.1);
        }

        if (answers.System.CostPerMillion is not null)
        {
            Add(QualityIds.CostPredict, 0.1);
        }

        if (infrastructure.TrainingBudget is not null || infrastructure.Retraining is "daily" or "hourly")
        {
            Add(QualityIds.TrainTime, 0.1);
        }

        return weights;
    }

    /// <summary>
    /// A classification quality as the task measures it: regression has r2 for accuracy and rmse for log-loss; more than
    /// two classes have macro-f1 for auc (which needs a positive class). Every other id as it is.
    /// </summary>
    public static string Predictive(string id, string task, int classes) => (id, task, classes) switch
    {
        (QualityIds.Accuracy or QualityIds.Auc or QualityIds.MacroF1, "regression", _) => QualityIds.R2,
        (QualityIds.LogLoss, "regression", _) => QualityIds.Rmse,
        (QualityIds.Auc, _, > 2) => QualityIds.MacroF1,
        _ => id,
    };

    private static long? ScaleRows(StudyAnswers answers) =>
        answers.Data.Rows is { } rows ? rows
        : answers.System.PredictionsPerDay is not null ? answers.Data.FileRows
        : null;

    // A training budget is a limit on production training: projected to the production rows when there are more of them than in the file.
    private static bool ProjectsRows(StudyAnswers answers) => ScaleRows(answers) is { } rows && rows > (answers.Data.FileRows ?? 0);

    private static IEnumerable<string> Because(string indent, string comment, StudyAnswers answers, string key) =>
        YamlText.Comment(indent, answers.Why.TryGetValue(key, out var why) ? $"{comment} Here: {why}" : comment);

    private static IEnumerable<string> Wrap(string text) => YamlText.Comment(Indent, text).Select(l => Indent + l[(Indent.Length + 2)..]);
}
