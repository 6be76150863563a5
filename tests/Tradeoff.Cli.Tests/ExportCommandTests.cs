using System.Globalization;

namespace Tradeoff.Cli.Tests;

/// <summary><c>tradeoff export</c> then <c>tradeoff predict</c>: the ONNX model predicts what Tradeoff's own model predicts.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string At(string file) => Path.Combine(_folder, file);

    [Fact]
    public void Should_predict_the_same_classes_in_ONNX_Runtime_as_Tradeoff_When_a_credit_scoring_model_is_exported()
    {
        var study = Paths.Examples("credit-scoring/study.yaml");
        var data = Paths.Examples("credit-scoring/credit-g.arff");
        Ok(CliHarness.Run("export", study, "decision-tree", "--out", At("tree.onnx")));
        Ok(CliHarness.Run("export", study, "decision-tree", "--out", At("tree.model"), "--format", "native"));

        Ok(CliHarness.Run("predict", At("tree.onnx"), data, "--out", At("onnx.csv")));
        Ok(CliHarness.Run("predict", At("tree.model"), data, "--out", At("native.csv")));

        var onnx = Rows(At("onnx.csv"));
        var native = Rows(At("native.csv"));
        Assert.Equal("class,p(good),p(bad)", File.ReadLines(At("onnx.csv")).First());
        Assert.Equal(1000, onnx.Count);
        Assert.Equal(native.Select(r => r[0]), onnx.Select(r => r[0]));
        for (var r = 0; r < onnx.Count; r++)
        {
            for (var c = 1; c < 3; c++)
            {
                Assert.Equal(double.Parse(native[r][c], CultureInfo.InvariantCulture), double.Parse(onnx[r][c], CultureInfo.InvariantCulture), 1e-5);
            }
        }
    }

    [Fact]
    public void Should_export_the_very_model_a_run_kept_When_given_the_run()
    {
        var store = At("runs.db");
        Ok(CliHarness.Run("run", Paths.Examples("weather/study.yaml"), "--store", store, "--keep-models"));

        Ok(CliHarness.Run("export", "r1", "decision-tree", "--store", store, "--out", At("kept.onnx")));
        var predict = CliHarness.Run("predict", At("kept.onnx"), Paths.Examples("weather/weather-seed.csv"));

        Ok(predict);
        Assert.StartsWith("class,p(", predict.Output, StringComparison.Ordinal);
        Assert.Equal(17, predict.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Should_name_the_file_and_the_column_When_the_data_lacks_a_column_of_the_model()
    {
        Ok(CliHarness.Run("export", Paths.Examples("credit-scoring/study.yaml"), "one-rule", "--out", At("rule.onnx")));
        var data = At("no-age.csv");
        File.WriteAllLines(data, ["duration,credit_amount", "12,1000"]);

        var predict = CliHarness.Run("predict", At("rule.onnx"), data);

        Assert.Equal(2, predict.ExitCode);
        Assert.Contains($"{data}: column 'checking_status'", predict.ErrorOutput.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_file_the_column_and_the_row_When_a_numeric_column_holds_text()
    {
        Ok(CliHarness.Run("export", Paths.Examples("credit-scoring/study.yaml"), "one-rule", "--out", At("rule.onnx")));
        var data = At("text-duration.csv");
        var columns = File.ReadLines(Paths.Examples("credit-scoring/credit-g.arff")).Where(l => l.StartsWith("@attribute", StringComparison.OrdinalIgnoreCase)).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1].Trim('\'')).ToList();
        File.WriteAllLines(data, [string.Join(",", columns), string.Join(",", columns.Select(c => c == "duration" ? "long" : "x"))]);

        var predict = CliHarness.Run("predict", At("rule.onnx"), data);

        Assert.Equal(2, predict.ExitCode);
        Assert.Contains($"{data}: column 'duration' holds text ('long' in row 1)", predict.ErrorOutput.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_to_overwrite_the_training_data()
    {
        var data = Paths.Examples("credit-scoring/credit-g.arff");
        var before = File.GetLastWriteTimeUtc(data);

        var export = CliHarness.Run("export", Paths.Examples("credit-scoring/study.yaml"), "decision-tree", "--out", data);

        Assert.Equal(2, export.ExitCode);
        Assert.Contains("would overwrite the training data", export.ErrorOutput, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(data));
    }

    [Fact]
    public void Should_say_in_one_line_why_When_the_technique_cannot_be_exported_to_ONNX()
    {
        var export = CliHarness.Run("export", Paths.Examples("credit-scoring/study.yaml"), "k-nearest-neighbours", "--out", At("knn.onnx"));

        Assert.Equal(2, export.ExitCode);
        Assert.Contains("k-nearest-neighbours (k-nearest-neighbours) cannot be exported to ONNX: its model is the training rows", export.ErrorOutput.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
        Assert.False(File.Exists(At("knn.onnx")));
    }

    private static void Ok(CliHarness run) => Assert.True(run.ExitCode == 0, run.ErrorOutput + run.Output);

    private static List<string[]> Rows(string csv) => [.. File.ReadLines(csv).Skip(1).Select(l => l.Split(','))];
}
