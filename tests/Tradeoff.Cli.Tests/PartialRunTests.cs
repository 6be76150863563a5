using System.Globalization;
using System.Text;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Runs;
using Tradeoff.Techniques;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// A runner of some instances only (a distributed run's worker, <see cref="StudyRunner.Only"/>) measures them whatever
/// the study's constraints name: the credit-scoring example's "accuracy >= baseline + 0.02" failed every worker's job
/// but the baseline's, because the worker selected among its one instance.
/// </summary>
public sealed class PartialRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-partial-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_measure_one_instance_and_select_nothing_When_a_constraint_names_another()
    {
        // Given a study whose constraint names the baseline, run for one-rule only
        var data = new StringBuilder("size,label\n");
        for (var i = 0; i < 40; i++)
        {
            var size = (i * 7 % 11) + 0.5;
            data.Append(CultureInfo.InvariantCulture, $"{size},{(size > 5 ? "big" : "small")}\n");
        }

        File.WriteAllText(Path.Combine(_folder, "data.csv"), data.ToString());
        var file = Path.Combine(_folder, "study.yaml");
        File.WriteAllText(file, """
            name: partial
            data: { train: data.csv, target: label }
            techniques: [baseline, one-rule]
            protocol: { folds: 3, seed: 1, qualities: [accuracy] }
            constraints:
              - accuracy >= baseline + 0.02
            """);
        var catalog = new TechniqueCatalog(OwnTechniques.All);
        var study = StudyReader.Read(file, StudyValidationContext.For(catalog));
        var runner = new StudyRunner(catalog, TimeProvider.System) { Only = new HashSet<string>(StringComparer.Ordinal) { "one-rule" } };

        // When it runs
        var outcome = runner.Run(study, SilentRunObserver.Instance, CancellationToken.None);

        // Then one-rule is measured, the baseline left to its own job, and the selection left to the coordinator
        var measured = Assert.Single(outcome.Result.Techniques);
        Assert.Equal("one-rule", measured.Name);
        Assert.Equal(TechniqueStatus.Measured, measured.Status);
        Assert.Null(outcome.Selection);
    }
}
