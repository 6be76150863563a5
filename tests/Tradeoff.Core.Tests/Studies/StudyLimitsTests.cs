namespace Tradeoff.Core.Tests.Studies;

/// <summary>Parts of a study that used to fail late or with the wrong words, now refused at parse time with their place.</summary>
public sealed class StudyLimitsTests
{
    private const string Head = "name: s\ndata: { train: a.csv }\n";

    [Fact]
    public void Should_refuse_weights_that_sum_to_zero_at_their_place_before_any_work()
    {
        Assert.Equal(
            "3:10: the weights sum to 0; give at least one quality a positive weight (found accuracy, model-size all 0)",
            StudyFixture.Problem(Head + "weights: { accuracy: 0, model-size: 0 }\n"));
    }

    [Theory]
    [InlineData("99999999999")]
    [InlineData("2147483648")]
    [InlineData("123456789012345678901234567890")]
    public void Should_say_an_integer_is_too_large_rather_than_too_small(string seed)
    {
        Assert.Equal(
            $"3:19: 'protocol.seed' must be an integer of at most 2147483647; found '{seed}'",
            StudyFixture.Problem(Head + $"protocol: {{ seed: {seed} }}\n"));
    }

    [Fact]
    public void Should_still_say_at_least_when_an_integer_is_too_small()
    {
        Assert.Equal("3:20: 'protocol.folds' must be an integer of at least 2; found '1'", StudyFixture.Problem(Head + "protocol: { folds: 1 }\n"));
    }

    [Theory]
    [InlineData("{ id: decision-tree, max-depth: -3 }", "3:47: technique 'decision-tree' (decision-tree): setting 'max-depth' is '-3'; expected an integer from 0 to 2147483647")]
    [InlineData("{ id: decision-tree, criterion: gain }", "3:47: technique 'decision-tree' (decision-tree): setting 'criterion' is 'gain'; expected one of entropy, gini")]
    [InlineData("{ id: neural-network, name: net, hidden: [100, 0] }", "3:56: technique 'net' (neural-network): setting 'hidden' is '[100, 0]'; expected a list of positive integers such as [300, 100]")]
    public void Should_refuse_a_setting_its_declaration_does_not_accept_at_its_place(string instance, string expected)
    {
        Assert.Equal(expected, StudyFixture.Problem(Head + $"techniques: [ {instance} ]\n"));
    }

    [Fact]
    public void Should_refuse_more_constraints_than_the_limit_at_parse_time()
    {
        var many = string.Concat(Enumerable.Repeat("  - accuracy >= 0.5\n", Core.Studies.StudyParser.MaxConstraints + 1));

        Assert.Equal("4:3: 'constraints' lists 1001 constraints; at most 1000 are allowed", StudyFixture.Problem(Head + "constraints:\n" + many));
    }
}
