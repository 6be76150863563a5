namespace Tradeoff.Core.Tests.Studies;

public sealed class StudyReaderProblemTests
{
    private const string Head = "name: s\ndata: { train: a.csv }\n";

    [Fact]
    public void Should_suggest_the_key_When_a_top_level_key_is_misspelt()
    {
        Assert.Equal("3:1: unknown key 'protocl' in the study; did you mean 'protocol'?", StudyFixture.Problem(Head + "protocl: { folds: 5 }\n"));
    }

    [Fact]
    public void Should_report_unknown_nested_keys_in_data_and_protocol()
    {
        var problems = StudyFixture.Problems("name: s\ndata: { train: a.csv, targte: y }\nprotocol:\n  seed: 1\n  colour: red\n");

        Assert.Equal(
        [
            "2:23: unknown key 'targte' in data; did you mean 'target'?",
            "5:3: unknown key 'colour' in protocol; expected one of: folds, repeats, seed, latency-samples, latency-cap, latency-hard-cap, warm-up, time-limit, memory-limit, qualities, tuning, machine-class",
        ], problems);
    }

    [Fact]
    public void Should_report_a_missing_name_and_train_file()
    {
        Assert.Equal(["1:1: missing 'name'", "1:7: missing 'data.train'"], StudyFixture.Problems("data: { target: y }\n"));
        Assert.Equal("1:1: missing 'data: { train: FILE }'", StudyFixture.Problem("name: s\n"));
        Assert.Equal("1:7: 'name' is empty", StudyFixture.Problem("name: ~\ndata: { train: a.csv }\n"));
    }

    [Fact]
    public void Should_suggest_the_technique_When_an_id_is_misspelt()
    {
        Assert.Equal(
            "4:5: unknown technique 'decison-tree'; did you mean 'decision-tree'?",
            StudyFixture.Problem(Head + "techniques:\n  - decison-tree\n"));
        Assert.Equal(
            "3:21: unknown technique 'svm'; known: baseline, decision-tree, neural-network",
            StudyFixture.Problem(Head + "techniques: [ { id: svm } ]\n"));
    }

    [Fact]
    public void Should_report_an_unknown_setting_of_a_technique()
    {
        var problems = StudyFixture.Problems(Head + "techniques:\n  - { id: decision-tree, max-dept: 5 }\n  - { id: baseline, depth: 1 }\n");

        Assert.Equal(
        [
            "4:26: technique 'decision-tree' (decision-tree): unknown setting 'max-dept'; did you mean 'max-depth'?",
            "5:21: technique 'baseline' (baseline): unknown setting 'depth'; it has no settings",
        ], problems);
    }

    [Fact]
    public void Should_require_an_id_and_a_value_for_each_setting_of_an_instance()
    {
        var problems = StudyFixture.Problems(Head + "techniques:\n  - { name: t }\n  - { id: decision-tree, max-depth: { a: 1 } }\n");

        Assert.Equal(
        [
            "4:5: a technique instance needs an 'id', such as { id: decision-tree, name: tree-depth-5, max-depth: 5 }",
            "5:37: 'decision-tree.max-depth' must be a single value, not a map",
        ], problems);
    }

    [Fact]
    public void Should_require_a_name_When_a_technique_appears_twice()
    {
        var problem = StudyFixture.Problem(Head + "techniques:\n  - decision-tree\n  - { id: decision-tree, max-depth: 3 }\n");

        Assert.Equal("5:5: technique name 'decision-tree' is already used on line 4; give each instance of 'decision-tree' its own 'name'", problem);
    }

    [Fact]
    public void Should_refuse_two_instances_with_the_same_name()
    {
        var problem = StudyFixture.Problem(Head + "techniques:\n  - { id: baseline, name: b }\n  - { id: decision-tree, name: b }\n");

        Assert.Equal("5:32: technique name 'b' is already used on line 4", problem);
    }

    [Fact]
    public void Should_refuse_techniques_that_are_neither_all_nor_a_list()
    {
        Assert.Equal(
            "3:13: 'techniques' must be 'all' or a list of technique ids such as [baseline, decision-tree]",
            StudyFixture.Problem(Head + "techniques: every\n"));
    }

    [Fact]
    public void Should_suggest_the_quality_When_an_objective_weight_or_protocol_quality_is_misspelt()
    {
        var problems = StudyFixture.Problems(Head + "objectives: [acuracy, latency]\nweights: { model-sise: 1 }\nprotocol: { qualities: [latency, train-tme] }\n");

        Assert.Equal(
        [
            "3:14: unknown quality 'acuracy' in objectives; did you mean 'accuracy'?",
            "3:23: unknown quality 'latency' in objectives",
            "4:12: unknown quality 'model-sise' in weights; did you mean 'model-size'?",
            "5:34: unknown quality 'train-tme' in protocol.qualities; did you mean 'train-time'?",
        ], problems);
    }

    [Theory]
    [InlineData("-0.5", "weight of 'accuracy' must be a finite number of at least 0; found '-0.5'")]
    [InlineData(".nan", "weight of 'accuracy' must be a finite number of at least 0; found '.nan'")]
    [InlineData("NaN", "weight of 'accuracy' must be a finite number of at least 0; found 'NaN'")]
    [InlineData("much", "'weights.accuracy' must be a number; found 'much'")]
    public void Should_refuse_a_weight_that_is_negative_or_not_a_number(string weight, string expected)
    {
        Assert.Equal("3:22: " + expected, StudyFixture.Problem(Head + $"weights: {{ accuracy: {weight} }}\n"));
    }

    [Theory]
    [InlineData("folds: 1", "3:20: 'protocol.folds' must be an integer of at least 2; found '1'")]
    [InlineData("folds: ten", "3:20: 'protocol.folds' must be an integer of at least 2; found 'ten'")]
    [InlineData("repeats: 0", "3:22: 'protocol.repeats' must be an integer of at least 1; found '0'")]
    [InlineData("time-limit: 10", "3:25: 'protocol.time-limit' must be a positive duration such as 500ms, 30s, 10m or 2h; found '10'")]
    [InlineData("time-limit: 0s", "3:25: 'protocol.time-limit' must be a positive duration such as 500ms, 30s, 10m or 2h; found '0s'")]
    [InlineData("time-limit: 1d", "3:25: 'protocol.time-limit' must be a positive duration such as 500ms, 30s, 10m or 2h; found '1d'")]
    [InlineData("memory-limit: 2", "3:27: 'protocol.memory-limit' must be a positive size such as 500MB or 2GB (units B, KB, MB, GB); found '2'")]
    [InlineData("memory-limit: 0GB", "3:27: 'protocol.memory-limit' must be a positive size such as 500MB or 2GB (units B, KB, MB, GB); found '0GB'")]
    [InlineData("memory-limit: 2GiB", "3:27: 'protocol.memory-limit' must be a positive size such as 500MB or 2GB (units B, KB, MB, GB); found '2GiB'")]
    [InlineData("memory-limit: -1MB", "3:27: 'protocol.memory-limit' must be a positive size such as 500MB or 2GB (units B, KB, MB, GB); found '-1MB'")]
    [InlineData("memory-limit: 99999999999GB", "3:27: 'protocol.memory-limit' must be a positive size such as 500MB or 2GB (units B, KB, MB, GB); found '99999999999GB'")]
    public void Should_refuse_bad_protocol_values(string setting, string expected)
    {
        Assert.Equal(expected, StudyFixture.Problem(Head + $"protocol: {{ {setting} }}\n"));
    }

    [Fact]
    public void Should_refuse_empty_constraints_and_constraints_read_as_maps()
    {
        var problems = StudyFixture.Problems(Head + "constraints:\n  - \"\"\n  -\n  - latency.p99: 1ms\n  - accuracy >= 0.8\n");

        Assert.Equal(
        [
            "4:5: empty constraint",
            "5:4: empty constraint",
            "6:5: a constraint is one line of text such as 'latency.p99 <= 1ms'; quote it if it contains ': '",
        ], problems);
    }

    [Fact]
    public void Should_keep_constraints_unchecked_When_they_name_unknown_qualities()
    {
        var study = StudyFixture.Parse(Head + "constraints: [ 'no-such-quality <= 3' ]\n");

        Assert.Equal("no-such-quality <= 3", Assert.Single(study.Constraints).Text);
    }

    [Fact]
    public void Should_refuse_an_unknown_task_and_bad_thresholds()
    {
        var problems = StudyFixture.Problems("name: s\ndata:\n  train: a.csv\n  task: regresion\n  protected: { age: [60, 25], sex: x }\n");

        Assert.Equal(
        [
            "4:9: unknown task 'regresion'; did you mean 'regression'?",
            "5:26: 'data.protected.age': thresholds must be finite numbers in increasing order, such as [25, 60]",
            "5:36: 'data.protected.sex' must be a number; found 'x'",
        ], problems);
    }

    [Fact]
    public void Should_report_every_problem_at_once_in_file_order()
    {
        var problems = StudyFixture.Problems("""
            nmae: Credit
            data: { target: class }
            techniques: [baseline, random-forrest]
            protocol: { folds: 1, time-limit: soon }
            objectives: [accuracy, latency.p999]
            weights: { accuracy: -1 }
            constraints: [ '' ]
            """);

        Assert.Equal(
        [
            "1:1: unknown key 'nmae' in the study; did you mean 'name'?",
            "1:1: missing 'name'",
            "2:7: missing 'data.train'",
            "3:24: unknown technique 'random-forrest'; known: baseline, decision-tree, neural-network",
            "4:20: 'protocol.folds' must be an integer of at least 2; found '1'",
            "4:35: 'protocol.time-limit' must be a positive duration such as 500ms, 30s, 10m or 2h; found 'soon'",
            "5:24: unknown quality 'latency.p999' in objectives; did you mean 'latency.p99'?",
            "6:22: weight of 'accuracy' must be a finite number of at least 0; found '-1'",
            "7:16: empty constraint",
        ], problems);
    }

    [Fact]
    public void The_message_holds_one_problem_a_line_with_the_file_name()
    {
        var error = Assert.Throws<Core.Studies.StudyException>(() => StudyFixture.Parse("name: s\ndata: { train: a.csv, x: 1, y: 2 }\n"));

        Assert.Equal(
            "study.yaml:2:23: unknown key 'x' in data; expected one of: train, test, target, positive, task, protected\n"
            + "study.yaml:2:29: unknown key 'y' in data; expected one of: train, test, target, positive, task, protected",
            error.Message);
        Assert.IsType<InputException>(error, exactMatch: false);
    }
}
