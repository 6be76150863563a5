namespace Tradeoff.Cli.Tests.Faults;

/// <summary>A study whose data file is a link out of its folder reads nothing (issue 16, item 1).</summary>
public sealed class SymlinkEscapeTests
{
    [Theory]
    [InlineData("run")]
    [InlineData("explain")]
    public void Should_refuse_a_data_file_that_links_out_of_the_study_folder_and_print_none_of_its_values(string command)
    {
        // Given a study folder whose train.csv is a link to a file one folder up holding passwords
        var root = Directory.CreateTempSubdirectory("tradeoff-escape-").FullName;
        try
        {
            var rows = string.Concat(Enumerable.Range(0, 30).Select(i => $"{i % 5},hunter{i},{(i % 2 == 0 ? "yes" : "no")}\n"));
            File.WriteAllText(Path.Combine(root, "secrets.csv"), "size,password,label\n" + rows);
            var folder = Directory.CreateDirectory(Path.Combine(root, "study")).FullName;
            File.CreateSymbolicLink(Path.Combine(folder, "train.csv"), Path.Combine("..", "secrets.csv"));
            File.WriteAllText(Path.Combine(folder, "study.yaml"), "name: escape\ndata: { train: train.csv, target: label }\ntechniques: [naive-bayes]\n");

            // When it is run or explained
            var run = command == "run"
                ? CliHarness.Run("run", Path.Combine(folder, "study.yaml"), "--quick")
                : CliHarness.Run("explain", Path.Combine(folder, "study.yaml"), "naive-bayes");

            // Then it is refused with one line naming the study, and no value of the file is shown
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("leads outside the study's folder", run.ErrorOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter", run.Output + run.ErrorOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
