using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Tests.Studies;

public sealed class StudyReaderTests
{
    private const string Full = """
        name: Credit scoring
        description: Decide who gets a loan
        data:
          train: data/credit-g.arff
          test: data/credit-test.arff
          target: class
          positive: bad
          task: classification
          protected: { personal_status: [], age: [25, 60] }
        techniques:
          - baseline
          - { id: decision-tree, name: tree-depth-5, max-depth: 5, criterion: gini }
          - id: neural-network
            hidden: [300, 100]
        protocol: { folds: 5, repeats: 3, seed: 7, latency-samples: 2000, time-limit: 30s, qualities: [accuracy, latency] }
        constraints:
          - interpretable
          - "accuracy >= baseline + 0.02"
        objectives: [accuracy, latency.p99, model-size]
        weights: { accuracy: 0.6, interpretability: 0.3, train-time: 0.1 }
        """;

    [Fact]
    public void A_full_study_is_read_into_its_records()
    {
        // Given the full study above; When it is read
        var study = StudyFixture.Parse(Full);

        // Then every section is in the records
        Assert.Equal("Credit scoring", study.Name);
        Assert.Equal("Decide who gets a loan", study.Description);
        Assert.Equal(Path.GetFullPath(StudyFixture.FileName), study.File);
        Assert.Equal(Full, study.Text);
        Assert.Equal("data/credit-g.arff", study.Data.Train);
        Assert.Equal("data/credit-test.arff", study.Data.Test);
        Assert.Equal("class", study.Data.Target);
        Assert.Equal("bad", study.Data.Positive);
        Assert.True(study.Data.Task?.IsClassification());
        Assert.Equal(["personal_status", "age"], study.Data.Protected.Select(p => p.Name));
        Assert.Empty(study.Data.Protected[0].Thresholds);
        Assert.Equal([25.0, 60.0], study.Data.Protected[1].Thresholds);
        Assert.Equal(new ProtocolSpec { Folds = 5, Repeats = 3, Seed = 7, LatencySamples = 2000, TimeLimit = TimeSpan.FromSeconds(30), Qualities = study.Protocol.Qualities }, study.Protocol);
        Assert.Equal(["accuracy", "latency"], study.Protocol.Qualities);
        Assert.Equal([new ConstraintSpec("interpretable", 17, 5), new ConstraintSpec("accuracy >= baseline + 0.02", 18, 6)], study.Constraints);
        Assert.Equal(["accuracy", "latency.p99", "model-size"], study.Objectives);
        Assert.Equal(new Dictionary<string, double> { ["accuracy"] = 0.6, ["interpretability"] = 0.3, ["train-time"] = 0.1 }, study.Weights);
    }

    [Fact]
    public void Technique_ids_and_instance_maps_give_named_instances_with_text_settings()
    {
        var techniques = StudyFixture.Parse(Full).Techniques;

        Assert.Equal(["baseline", "tree-depth-5", "neural-network"], techniques.Select(t => t.Name));
        Assert.Equal(["baseline", "decision-tree", "neural-network"], techniques.Select(t => t.Id));
        Assert.Equal([11, 12, 13], techniques.Select(t => t.Line));
        Assert.Empty(techniques[0].Settings);
        Assert.Equal(new Dictionary<string, string> { ["max-depth"] = "5", ["criterion"] = "gini" }, techniques[1].Settings);
        Assert.Equal("300,100", techniques[2].Settings["hidden"]);
    }

    [Fact]
    public void Should_mean_every_technique_with_defaults_When_techniques_is_all_or_absent()
    {
        var all = StudyFixture.Parse("name: s\ndata: { train: a.csv }\ntechniques: all\n");
        var absent = StudyFixture.Parse("name: s\ndata: { train: a.csv }\n");

        Assert.Empty(all.Techniques);
        Assert.Empty(absent.Techniques);
        Assert.Equal(new ProtocolSpec(), absent.Protocol);
        Assert.Null(absent.Data.Task);
    }

    [Fact]
    public void Should_allow_two_instances_of_one_technique_When_each_has_its_own_name()
    {
        var study = StudyFixture.Parse("""
            name: s
            data: { train: a.csv }
            techniques:
              - decision-tree
              - { id: decision-tree, name: stump, max-depth: 1 }
            """);

        Assert.Equal(["decision-tree", "stump"], study.Techniques.Select(t => t.Name));
    }

    [Theory]
    [InlineData("loo", 0, true)]
    [InlineData("2", 2, false)]
    public void Folds_take_a_count_or_leave_one_out(string folds, int expected, bool leaveOneOut)
    {
        var protocol = StudyFixture.Parse($"name: s\ndata: {{ train: a.csv }}\nprotocol: {{ folds: {folds} }}\n").Protocol;

        Assert.Equal(expected, protocol.Folds);
        Assert.Equal(leaveOneOut, protocol.LeaveOneOut);
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("1.5s", 1_500)]
    [InlineData("10m", 600_000)]
    [InlineData("2h", 7_200_000)]
    public void Time_limits_take_a_unit(string limit, int milliseconds)
    {
        var protocol = StudyFixture.Parse($"name: s\ndata: {{ train: a.csv }}\nprotocol: {{ time-limit: {limit} }}\n").Protocol;

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), protocol.TimeLimit);
    }

    [Theory]
    [InlineData("2GB", 2_000_000_000L)]
    [InlineData("1.5 MB", 1_500_000L)]
    [InlineData("512kb", 512_000L)]
    [InlineData("4096B", 4_096L)]
    public void Memory_limits_take_a_unit_in_powers_of_1000(string limit, long bytes)
    {
        var protocol = StudyFixture.Parse($"name: s\ndata: {{ train: a.csv }}\nprotocol: {{ memory-limit: {limit} }}\n").Protocol;

        Assert.Equal(bytes, protocol.MemoryLimitBytes);
    }

    [Fact]
    public void No_memory_limit_is_set_unless_written()
    {
        Assert.Null(StudyFixture.Parse("name: s\ndata: { train: a.csv }\n").Protocol.MemoryLimitBytes);
    }

    [Theory]
    [InlineData("regression", TaskKind.Regression)]
    [InlineData("binary-classification", TaskKind.BinaryClassification)]
    public void The_task_can_be_forced(string task, TaskKind expected)
    {
        Assert.Equal(expected, StudyFixture.Parse($"name: s\ndata: {{ train: a.csv, task: {task} }}\n").Data.Task);
    }

    [Fact]
    public void Protected_attributes_may_be_a_plain_list()
    {
        var data = StudyFixture.Parse("name: s\ndata: { train: a.csv, protected: [sex, age] }\n").Data;

        Assert.Equal(["sex", "age"], data.Protected.Select(p => p.Name));
        Assert.All(data.Protected, p => Assert.Empty(p.Thresholds));
    }

    [Fact]
    public void Read_takes_the_file_from_disk_and_keeps_its_full_path()
    {
        var folder = Directory.CreateTempSubdirectory("tradeoff-study-");
        try
        {
            var path = Path.Combine(folder.FullName, "study.yaml");
            File.WriteAllText(path, "name: s\ndata: { train: a.csv }\n");

            var study = StudyReader.Read(path, StudyFixture.Context);

            Assert.Equal(path, study.File);
            Assert.Equal("a.csv", study.Data.Train);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_context_built_from_a_technique_catalog_knows_its_ids_and_settings()
    {
        // Given a catalog with one technique that has one setting (never created here)
        var catalog = new TechniqueCatalog(
        [
            new TechniqueDescriptor
            {
                Id = "one-rule",
                Summary = "Holte's OneR",
                Capabilities = new TechniqueCapabilities { Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification } },
                Settings = [SettingDeclaration.Int("min-bucket", 6, "smallest bucket", min: 1)],
                Create = _ => throw new InvalidOperationException("a study reader never creates techniques"),
            },
        ]);
        var context = StudyValidationContext.For(catalog);

        // When a study names it, with its setting and a misspelt one
        var study = StudyReader.Parse("name: s\ndata: { train: a.csv }\ntechniques: [ { id: one-rule, min-bucket: 3 } ]\n", "s.yaml", context);
        var error = Assert.Throws<StudyException>(() => StudyReader.Parse("name: s\ndata: { train: a.csv }\ntechniques: [ { id: one-rule, min-bucet: 3 } ]\n", "s.yaml", context));

        // Then the setting is kept and the misspelling is caught
        Assert.Equal("3", study.Techniques[0].Settings["min-bucket"]);
        Assert.Equal("s.yaml:3:31: technique 'one-rule' (one-rule): unknown setting 'min-bucet'; did you mean 'min-bucket'?", error.Message);
    }
}
