using Tradeoff.Core;
using Tradeoff.Core.Studies;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection.Tests;

public sealed class ConstraintParserTests
{
    [Theory]
    [InlineData("latency.p99 <= 1ms", 1000.0)]
    [InlineData("latency.p99 <= 1000us", 1000.0)]
    [InlineData("latency.p99 <= 1000µs", 1000.0)]
    [InlineData("latency.p99 <= 250000ns", 250.0)]
    [InlineData("latency.p99 <= 0.5 s", 500000.0)]
    [InlineData("latency.p99 <= 1000", 1000.0)]
    [InlineData("train-time <= 2ms", 0.002)]
    [InlineData("model-size <= 1MB", 1000000.0)]
    [InlineData("model-size <= 5KB", 5000.0)]
    [InlineData("model-size <= 2GB", 2e9)]
    [InlineData("model-size <= 300B", 300.0)]
    [InlineData("accuracy >= 85%", 0.85)]
    [InlineData("accuracy >= 0.85", 0.85)]
    [InlineData("throughput >= 1e4 rows/s", 10000.0)]
    [InlineData("energy.train <= 3J", 3.0)]
    [InlineData("co2.train < 0.5g", 0.5)]
    [InlineData("parameters <= 266610", 266610.0)]
    [InlineData("fairness.accuracy-gap <= 0.10", 0.10)]
    [InlineData("fairness.personal_status.demographic-parity <= 5%", 0.05)]
    public void Should_convert_the_limit_to_the_quality_unit_When_a_unit_is_given(string text, double expected)
    {
        // Given a constraint with a unit; When parsed; Then the limit is exact in the catalog unit.
        var constraint = Assert.IsType<ComparisonConstraint>(Make.Constraint(text));
        Assert.Null(constraint.Limit.Reference);
        Assert.Equal(expected, constraint.Limit.Operand);
    }

    [Theory]
    [InlineData("accuracy>=0.8", ComparisonOperator.AtLeast)]
    [InlineData("accuracy > 0.8", ComparisonOperator.Above)]
    [InlineData("accuracy <= 0.8", ComparisonOperator.AtMost)]
    [InlineData("accuracy < 0.8", ComparisonOperator.Below)]
    [InlineData("accuracy == 0.8", ComparisonOperator.Equal)]
    public void Should_read_every_operator(string text, ComparisonOperator expected) =>
        Assert.Equal(expected, Assert.IsType<ComparisonConstraint>(Make.Constraint(text)).Operator);

    [Theory]
    [InlineData("accuracy >= baseline + 0.02", "baseline", LimitOperation.Add, 0.02)]
    [InlineData("accuracy >= baseline + 2%", "baseline", LimitOperation.Add, 0.02)]
    [InlineData("accuracy >= baseline - 0.01", "baseline", LimitOperation.Subtract, 0.01)]
    [InlineData("accuracy >= baseline", "baseline", LimitOperation.None, 0)]
    [InlineData("latency.p99 <= decision-tree * 2", "decision-tree", LimitOperation.Multiply, 2)]
    [InlineData("latency.p99 <= decision-tree + 1ms", "decision-tree", LimitOperation.Add, 1000)]
    public void Should_read_a_limit_relative_to_a_candidate(string text, string reference, LimitOperation operation, double operand)
    {
        var limit = Assert.IsType<ComparisonConstraint>(Make.Constraint(text)).Limit;
        Assert.Equal(new Limit(reference, operation, operand), limit);
    }

    [Theory]
    [InlineData("interpretable", "interpretable", false)]
    [InlineData("  incremental ", "incremental", false)]
    [InlineData("handles-missing", "handles-missing", false)]
    [InlineData("not incremental", "incremental", true)]
    public void Should_read_capability_constraints(string text, string capability, bool negated)
    {
        var constraint = Assert.IsType<CapabilityConstraint>(Make.Constraint(text));
        Assert.Equal(capability, constraint.Capability);
        Assert.Equal(negated, constraint.Negated);
    }

    [Theory]
    [InlineData("accuracy>=85%", "accuracy >= 0.85")]
    [InlineData("latency.p99   <=   1ms", "latency.p99 <= 1000us")]
    [InlineData("model-size < 1.5MB", "model-size < 1500000B")]
    [InlineData("accuracy >= baseline+0.02", "accuracy >= baseline + 0.02")]
    [InlineData("latency.p99 <= decision-tree*2", "latency.p99 <= decision-tree * 2")]
    [InlineData("not   interpretable", "not interpretable")]
    [InlineData("parameters <= 1000", "parameters <= 1000")]
    public void Should_print_a_constraint_back_in_normal_form_that_parses_to_the_same(string text, string normal)
    {
        var constraint = Make.Constraint(text);
        Assert.Equal(normal, constraint.ToString());
        Assert.Equal(constraint.ToString(), Make.Constraint(constraint.ToString()).ToString());
    }

    [Theory]
    [InlineData("model-size <= 5kb", 20, "unknown unit 'kb' at character 16; did you mean 'KB'?; known: ns, us")]
    [InlineData("acuracy >= 0.8", 5, "unknown quality 'acuracy' at character 1; did you mean 'accuracy'?")]
    [InlineData("interpretible", 5, "unknown capability 'interpretible' at character 1; did you mean 'interpretable'?")]
    [InlineData("accuracy >= 5ms", 18, "unit 'ms' at character 14 does not fit accuracy, measured in fraction; use a plain number or %")]
    [InlineData("latency.p99 <= 5%", 21, "unit '%' at character 17 does not fit latency.p99, measured in us; use a plain number or ns, us, µs, ms, s")]
    [InlineData("parameters <= 5KB", 20, "does not fit parameters, measured in count; use a plain number")]
    [InlineData("accuracy = 0.8", 14, "expected an operator (<=, <, >=, >, ==) at character 10, found '=' (write '==' for equality)")]
    [InlineData("accuracy", 13, "expected an operator (<=, <, >=, >, ==) after 'accuracy' at character 9")]
    [InlineData("accuracy >=", 16, "expected a number or a candidate name at character 12, found the end")]
    [InlineData("accuracy >= 0.8 0.9", 21, "unexpected '0.9' at character 17")]
    [InlineData("accuracy >= 1.2.3", 17, "expected a number at character 13, found '1.2.3'")]
    [InlineData("accuracy >= 85", 17, "accuracy is a fraction at character 13: write 0.85 or 85%")]
    [InlineData("accuracy >= baseline / 2", 26, "expected '+', '-' or '*' after 'baseline' at character 22, found '/'")]
    [InlineData("latency.p99 <= decision-tree * 2ms", 37, "a factor after '*' takes no unit (character 33)")]
    [InlineData("", 5, "empty constraint")]
    [InlineData(">= 0.8", 5, "expected a quality id or a capability at character 1, found '>='")]
    [InlineData("not flying", 9, "unknown capability 'flying' at character 5")]
    public void Should_point_at_the_character_When_a_constraint_is_malformed(string text, int column, string problem)
    {
        // Given a constraint that starts at line 3, column 5 of study.yaml.
        var spec = new ConstraintSpec(text, 3, 5);

        // When it is parsed.
        var error = Assert.Throws<FileFormatException>(() => ConstraintParser.Parse(spec, "study.yaml"));

        // Then the error names the file, the line, the offending character's column and the problem.
        Assert.Equal("study.yaml", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"study.yaml:3:{column}: constraint '{text}': ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_only_the_file_When_the_line_is_unknown()
    {
        var error = Assert.Throws<FileFormatException>(() => ConstraintParser.Parse(new ConstraintSpec("acuracy >= 0.8"), "study.yaml"));
        Assert.Null(error.Line);
        Assert.Null(error.Column);
    }

    [Fact]
    public void Should_keep_the_place_of_the_constraint_for_later_errors()
    {
        var constraint = Make.Constraint("accuracy >= baseline");
        Assert.Equal(("study.yaml", 3, 5), (constraint.File, constraint.Line, constraint.Column));
    }
}
