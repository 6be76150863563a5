using System.Globalization;
using System.Text;
using Spectre.Console.Testing;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Init;
using Tradeoff.Measurement;
using Tradeoff.Runs;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Cli.Tests;

/// <summary><c>tradeoff init</c>: templates and data files in, a commented study that a run reads out; the interview with scripted answers.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-init-").FullName;

    [Fact]
    public void Every_template_of_the_lecture_s_scenarios_writes_a_study_that_a_run_reads()
    {
        var data = Data("loans.csv");
        Assert.Equal(["credit-scoring", "fraud-detection", "lane-detection", "medical-risk", "phone-app", "transcription-service"], StudyTemplates.Names);

        foreach (var template in StudyTemplates.Names)
        {
            var output = Path.Combine(_folder, template + ".yaml");
            var init = CliHarness.Run("init", "--template", template, "--data", data, "--out", output);

            Assert.True(init.ExitCode == 0, template + ": " + init.ErrorOutput);
            var study = StudyFiles.Read(output, TechniqueCatalogs.Default);
            ConstraintParser.ParseAll(study.Constraints, output);
            Assert.Equal("loans.csv", study.Data.Train);
            Assert.Equal("label", study.Data.Target);
            Assert.NotEmpty(study.Objectives);
            Assert.NotEmpty(study.Weights);
            // Every line but the scalars of a folded description is either a comment or has one above it.
            Assert.Contains("# Data view:", File.ReadAllText(output), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_fraud_detection_template_on_a_data_file_writes_a_study_that_runs_as_written()
    {
        var data = Data("transactions.csv");
        var output = Path.Combine(_folder, "study.yaml");

        var init = CliHarness.Run("init", "--template", "fraud-detection", "--data", data, "--out", output);
        var run = CliHarness.Run("run", output, "--quick", "--store", Path.Combine(_folder, "store.db"), "--json", Path.Combine(_folder, "results.json"));

        Assert.True(init.ExitCode == 0, init.ErrorOutput);
        Assert.Contains("guessed from the column names (age, sex)", init.Output, StringComparison.Ordinal);
        var text = File.ReadAllText(output);
        Assert.Contains("  - incremental", text, StringComparison.Ordinal);
        Assert.Contains("  - latency.p99 <= 1ms", text, StringComparison.Ordinal);
        Assert.Contains("protected: [age, sex]", text, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, run.ErrorOutput + run.Output);
        Assert.Contains("Recommended:", run.Output, StringComparison.Ordinal);
        Assert.Contains("not trained: not incremental", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_study_is_never_replaced()
    {
        var data = Data("loans.csv");
        var output = Path.Combine(_folder, "study.yaml");
        File.WriteAllText(output, "mine");

        var init = CliHarness.Run("init", "--template", "credit-scoring", "--data", data, "--out", output);

        Assert.Equal(TradeoffApp.InputError, init.ExitCode);
        Assert.Equal($"error: --out {output}: already exists; tradeoff init never replaces a file (give another --out or remove it)", init.ErrorOutput.Trim());
        Assert.Equal("mine", File.ReadAllText(output));
    }

    [Fact]
    public void Without_a_terminal_the_data_must_be_given_and_the_target_must_be_a_column()
    {
        var data = Data("loans.csv");

        var noData = CliHarness.Run("init", "--template", "medical-risk", "--out", Path.Combine(_folder, "a.yaml"));
        var badTarget = CliHarness.Run("init", "--data", data, "--target", "labl", "--out", Path.Combine(_folder, "b.yaml"));
        var badTemplate = CliHarness.Run("init", "--template", "fraud", "--data", data, "--out", Path.Combine(_folder, "c.yaml"));

        Assert.Equal(TradeoffApp.InputError, noData.ExitCode);
        Assert.Contains("give --data FILE", noData.ErrorOutput, StringComparison.Ordinal);
        Assert.Equal(TradeoffApp.InputError, badTarget.ExitCode);
        Assert.Contains("no column 'labl' for --target; did you mean 'label'?", badTarget.ErrorOutput, StringComparison.Ordinal);
        Assert.Contains("templates: credit-scoring, fraud-detection", badTemplate.ErrorOutput, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*.yaml"));
    }

    [Fact]
    public void The_interview_asks_the_five_views_and_writes_the_answers_with_their_reasons()
    {
        var data = Data("loans.csv");
        var output = Path.Combine(_folder, "study.yaml");
        var console = new TestConsole().Width(200).Interactive();
        string[] answers =
        [
            "credit-scoring", data, "",   // a scenario to start from; the data file; its last column as the target
            "", "80%", "",                 // model: the task read from the data; the least accuracy; interpretable (the template's 'required')
            "sex", "",                     // data: the protected attribute; the template's production rows (1,000,000)
            "1000", "2ms", "",             // system: predictions per day; latency; no cost limit
            "", "daily", "phone", "",      // infrastructure: the template's 1h; retraining; a phone, with its suggested 1MB
            "", "0.05", "n",               // environment: fairness (the template's yes) within 5 points; no privacy
            "Loans",                       // the study's name
            "", "0", "",                   // weights: accuracy as given, latency.p99 left out, train-time as given
        ];
        foreach (var answer in answers)
        {
            console.Input.PushTextWithEnter(answer);
        }

        var error = new TestConsole().Width(200);
        var services = new CliServices(console, error, TimeProvider.System, TechniqueCatalogs.Default, Interactive: true, EnvironmentProbe.Default);
        var exit = TradeoffApp.Run(["init", "--out", output], services);

        Assert.True(exit == 0, error.Output + console.Output);
        foreach (var view in new[] { "Data", "Model", "System", "Infrastructure", "Environment", "Priorities" })
        {
            Assert.Contains(view, console.Output, StringComparison.Ordinal);
        }

        var text = File.ReadAllText(output);
        string[] expected =
        [
            "name: Loans", "protected: [sex]", "  - interpretable", "  - accuracy >= 80%", "  - latency.p99 <= 2ms", "  - scale.projected-train-time <= 3600s",
            "  - model-size <= 1MB", "  - fairness.accuracy-gap <= 0.05", "scale: { rows: 1000000, predictions-per-day: 1000 }",
            "weights: { accuracy: 0.6, train-time: 0.2 }",
        ];
        foreach (var line in expected)
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("privacy.membership-auc", text, StringComparison.Ordinal);
        Assert.Contains("a refused applicant is owed the reasons", text, StringComparison.Ordinal);
        Assert.False(console.Input.IsKeyAvailable(), "every scripted answer was asked for");
        var study = StudyFiles.Read(output, TechniqueCatalogs.Default);
        ConstraintParser.ParseAll(study.Constraints, output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // 240 rows, 30% positive, a label that depends on amount and hour, and two columns named as protected attributes.
    private string Data(string name)
    {
        var random = new Random(7);
        var text = new StringBuilder("amount,hour,age,sex,label\n");
        for (var row = 0; row < 240; row++)
        {
            var amount = random.NextDouble() * 500;
            var hour = random.Next(24);
            var positive = amount > 350 && hour is < 6 or > 21 || random.NextDouble() < 0.1;
            text.Append(CultureInfo.InvariantCulture, $"{amount:0.00},{hour},{random.Next(18, 80)},{(random.Next(2) == 0 ? "f" : "m")},{(positive ? "yes" : "no")}\n");
        }

        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
