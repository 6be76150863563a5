namespace Tradeoff.Cli.Tests.Faults;

/// <summary>Rows whose target has no value are left out with a note and a count, never silently (issue 16).</summary>
public sealed class MissingTargetTests
{
    [Fact]
    public void Should_say_how_many_rows_of_a_regression_target_have_no_value()
    {
        // Given a regression file of 30 rows, 3 of whose targets are missing ("" or "?")
        var folder = Directory.CreateTempSubdirectory("tradeoff-missing-target-").FullName;
        try
        {
            var rows = Enumerable.Range(0, 30).Select(i => $"{i},{(i % 4) * 0.5},{(i is 3 ? "" : i is 7 or 11 ? "?" : (2.5 * i).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            var data = Path.Combine(folder, "prices.csv");
            File.WriteAllText(data, "size,age,price\n" + string.Join('\n', rows) + "\n");

            // When it is run
            var run = CliHarness.RunWith(CliHarness.FakeClock(), "run", "--data", data, "--techniques", "baseline", "--quick", "--store", Path.Combine(folder, "t.db"));

            // Then the run goes on with the 27 others and says so
            Assert.True(run.ExitCode == 0, run.ErrorOutput);
            Assert.Contains("3 row(s) without a value for the target 'price' left out (27 kept)", run.ErrorOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
