using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.OneRule;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.OneRule;

public sealed class OneRuleTechniqueTests : TechniqueContract
{
    protected override ITechnique CreateTechnique() => new OneRuleTechnique();

    [Fact]
    public void Should_count_the_errors_of_each_attribute_as_by_hand_When_given_the_weather_data()
    {
        // Given the weather data (9 yes, 5 no)
        var data = QuinlanWeather.Nominal();
        var labels = data.ClassIndices();

        // When each attribute gets its rule set
        var correct = Enumerable.Range(0, 4).Select(f => RuleBuilder.Nominal(f, data.Features[f], labels, 2).Correct).ToArray();

        // Then the errors are those counted by hand: outlook sunny->no 2, overcast->yes 0, rainy->yes 2 = 4;
        // temperature hot (2/2 tie: yes) 2, mild->yes 2, cool->yes 1 = 5; humidity high->no 3, normal->yes 1 = 4;
        // windy true (3/3 tie: yes) 3, false->yes 2 = 5
        Assert.Equal([14 - 4, 14 - 5, 14 - 4, 14 - 5], correct);
    }

    [Fact]
    public void Should_pick_outlook_When_outlook_and_humidity_tie_on_the_weather_data()
    {
        var data = QuinlanWeather.Nominal();

        using var model = (OneRuleModel)new OneRuleTechnique().Fit(data, FitContext.Default);

        Assert.Equal(0, model.Feature);
        Assert.Equal(10, model.Correct);
        var lines = model.Explain().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("IF outlook = sunny THEN no  (3 of 5 training rows)", lines[1]);
        Assert.Equal("IF outlook = overcast THEN yes  (4 of 4 training rows)", lines[2]);
        Assert.Equal("IF outlook = rainy THEN yes  (3 of 5 training rows)", lines[3]);
        Assert.Equal(4, lines.Length);
        Assert.Equal(3, model.Complexity["rules"]);
    }

    [Fact]
    public void Should_predict_the_Laplace_smoothed_distribution_of_the_branch()
    {
        var data = QuinlanWeather.Nominal();
        using var model = FitFeaturized(data);
        var output = new float[2];

        model.Predict(QuinlanWeather.Row("sunny", "cool", "high", "true"), output);

        // sunny: 2 yes, 3 no -> (2 + 1) / (5 + 2), (3 + 1) / (5 + 2)
        Assert.Equal(3 / 7f, output[0], 6);
        Assert.Equal(4 / 7f, output[1], 6);
    }

    [Fact]
    public void Should_form_intervals_as_by_hand_When_the_attribute_is_numeric()
    {
        // Given x = 1..10 with classes a a a b a a a b b b and intervals of at least 3 majority rows
        var labels = new[] { 0, 0, 0, 1, 0, 0, 0, 1, 1, 1 };
        var x = ToyData.Numeric("x", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

        // When the rule set is built
        var rule = RuleBuilder.Numeric(0, x, labels, 2, minBucketSize: 3);

        // Then by hand: {1,2,3} is a (3 rows, closed); {4} is b but has 1 majority row, so 5 absorbs it, and 6, 7
        // join the same majority: {4..7} = 3 a + 1 b; {8,9,10} is b. The two a intervals merge: x < 7.5 -> a.
        Assert.Equal([7.5f], rule.Breakpoints);
        Assert.Equal([[6, 1], [0, 3]], rule.BranchCounts);
        Assert.Equal(9, rule.Correct);
    }

    [Fact]
    public void Should_render_numeric_rules_and_a_missing_branch_When_values_are_missing()
    {
        // Given a numeric feature that separates at 2.5 and is missing on the last two rows, both class b
        var x = ToyData.Numeric("x", [1, 1, 2, 2, 3, 3, 4, 4, float.NaN, float.NaN]);
        var y = ToyData.Nominal("y", [0, 0, 0, 0, 1, 1, 1, 1, 1, 1], "a", "b");
        var data = new Dataset("toy", [x], y, TaskKind.BinaryClassification);

        using var model = (OneRuleModel)new OneRuleTechnique(minBucketSize: 2).Fit(data, FitContext.Default);
        var output = new float[2];
        model.Predict([float.NaN], output);

        Assert.Contains("IF x < 2.5 THEN a  (4 of 4 training rows)", model.Explain(), StringComparison.Ordinal);
        Assert.Contains("IF x >= 2.5 THEN b  (4 of 4 training rows)", model.Explain(), StringComparison.Ordinal);
        Assert.Contains("IF x is missing THEN b  (2 of 2 training rows)", model.Explain(), StringComparison.Ordinal);
        Assert.Equal(3, model.Complexity["rules"]);
        Assert.True(output[1] > output[0], "a missing value follows the missing branch");
    }

    [Fact]
    public void Should_count_the_parameters_of_small_rule_sets_by_hand()
    {
        // Given x = 1..10 labelled a a a b a a a b b b (one boundary at 7.5 with buckets of 3), and the weather data
        var x = ToyData.Numeric("x", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        var y = ToyData.Nominal("y", [0, 0, 0, 1, 0, 0, 0, 1, 1, 1], "a", "b");
        var numeric = new Dataset("line", [x], y, TaskKind.BinaryClassification);

        // When one-rule learns them
        using var intervals = (OneRuleModel)new OneRuleTechnique(minBucketSize: 3).Fit(numeric, FitContext.Default);
        using var levels = (OneRuleModel)new OneRuleTechnique().Fit(QuinlanWeather.Nominal(), FitContext.Default);

        // Then by hand. x: the chosen feature (1), its boundary (1), and 2 class shares for each of the 2 intervals
        // and the missing branch (3 x 2 = 6): 1 + 1 + 6 = 8
        Assert.Equal(8, intervals.ParameterCount);

        // outlook: the chosen feature (1), no boundary, and 2 class shares for each of its 3 levels and the missing
        // branch (4 x 2 = 8): 1 + 8 = 9
        Assert.Equal(0, levels.Feature);
        Assert.Equal(9, levels.ParameterCount);
    }

    [Fact]
    public void Should_learn_the_separable_toy_set_better_than_the_baseline()
    {
        var data = ToyData.Multiclass();
        using var model = FitFeaturized(data);
        // The baseline gets 1/3; the colour agrees with the class on about 87% of rows, x0 alone tells b from a and c.
        var accuracy = Accuracy(model, data);
        Assert.True(accuracy > 0.75, $"accuracy {accuracy}");
    }

    [Fact]
    public void Should_be_listed_after_the_baseline()
    {
        var ids = OwnTechniques.All.Select(d => d.Id).ToList();
        Assert.True(ids.IndexOf("one-rule") > ids.IndexOf("baseline"));
        Assert.Equal(6, ((OneRuleTechnique)OneRuleTechnique.Descriptor.CreateChecked(new TechniqueSettings("r"))).MinBucketSize);
    }
}
