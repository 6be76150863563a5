using System.Globalization;
using FsCheck.Xunit;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Tests.Techniques;

/// <summary>One declaration per setting: its help, its checks, its typed value and its search dimension all come from it.</summary>
public sealed class SettingDeclarationTests
{
    private static readonly SettingDeclaration<int> K = SettingDeclaration.Int("k", 5, "neighbours that vote", min: 1);

    [Fact]
    public void Should_write_the_default_as_a_study_would()
    {
        // Given declarations of every kind
        // When their defaults and types are read for the help
        // Then they read as a study writes them, with the invariant culture
        Assert.Equal(("int", "5"), (K.Type, K.Default));
        Assert.Equal("1e-9", SettingDeclaration.Real("var-smoothing", 1e-9, "floor", min: 0).Default);
        Assert.Equal("0.001", SettingDeclaration.Real("learning-rate", 0.001, "step").Default);
        Assert.Equal(("bool", "false"), (SettingDeclaration.Bool("early-stopping", false, "stop").Type, SettingDeclaration.Bool("early-stopping", false, "stop").Default));
        Assert.Equal(("int list", "[300, 100]"), (SettingDeclaration.IntList("hidden", [300, 100], "layers").Type, SettingDeclaration.IntList("hidden", [300, 100], "layers").Default));
        Assert.Equal("gini|entropy", SettingDeclaration.Choice("criterion", "gini", "impurity", "gini", "entropy").Type);
    }

    [Fact]
    public void Should_show_the_rule_as_the_default_When_the_default_adapts_to_the_data()
    {
        // Given a fixed default and one that adapts by a rule
        var adaptive = SettingDeclaration.Int("min-rows-per-leaf", 20, "rows per leaf", min: 1).AdaptingBy("min(20, max(1, rows / 10))");

        // When their defaults are read for the help
        // Then the adaptive one shows its rule, keeps its value for large data (tuning's start), and the fixed one its value
        Assert.Equal("adapts: min(20, max(1, rows / 10))", adaptive.DefaultText);
        Assert.Equal("20", adaptive.Default);
        Assert.Equal("5", K.DefaultText);
        Assert.Null(K.Adapts);
    }

    [Fact]
    public void Should_tell_whether_the_study_sets_a_setting()
    {
        Assert.False(K.IsGiven(TechniqueSettings.Defaults("knn")));
        Assert.True(K.IsGiven(new TechniqueSettings("knn", new Dictionary<string, string> { ["k"] = "5" })));
    }

    [Fact]
    public void Should_read_the_default_When_the_study_does_not_set_it_and_the_value_When_it_does()
    {
        Assert.Equal(5, K.Read(TechniqueSettings.Defaults("knn")));
        Assert.Equal(7, K.Read(new TechniqueSettings("knn", new Dictionary<string, string> { ["k"] = "7" })));
    }

    [Fact]
    public void Should_refuse_a_value_out_of_range_with_the_instance_the_key_and_the_range()
    {
        // Given k set below its range
        var settings = new TechniqueSettings("knn-3", new Dictionary<string, string> { ["k"] = "-3" });

        // When it is read
        var error = Assert.Throws<InputException>(() => K.Read(settings));

        // Then the message names the instance, the key, the value and what is expected
        Assert.Equal("technique 'knn-3': setting 'k' is '-3'; expected an integer from 1 to 2147483647.", error.Message);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("300,0", false)]
    [InlineData("[300, 100]", true)]
    [InlineData("300,100", true)]
    [InlineData("many", false)]
    public void Should_accept_only_lists_of_positive_integers(string text, bool accepted)
    {
        Assert.Equal(accepted, SettingDeclaration.IntList("hidden", [300, 100], "layers").Accepts(text));
    }

    [Fact]
    public void Should_refuse_a_default_the_declaration_does_not_accept()
    {
        Assert.Throws<ArgumentException>(() => SettingDeclaration.Int("k", 0, "neighbours", min: 1));
        Assert.Throws<ArgumentException>(() => SettingDeclaration.Choice("weighting", "nearest", "how they weigh", "uniform", "distance"));
    }

    [Fact]
    public void Should_derive_the_search_dimension_from_the_declaration()
    {
        // Given an integer and a choice setting
        var weighting = SettingDeclaration.Choice("weighting", "uniform", "how they weigh", "uniform", "distance");

        // When they are searched
        var k = K.Searched(1, 50, log: true);
        var choice = weighting.Searched();

        // Then the dimension takes the key, whole numbers and the choices from the declaration
        Assert.Equal(("k", true, SearchScale.Log), (k.Name, k.Integer, k.Scale));
        Assert.Equal("weighting", choice.Name);
        Assert.Equal(["uniform", "distance"], choice.Choices);
    }

    [Fact]
    public void Should_refuse_to_search_values_the_declaration_does_not_accept()
    {
        Assert.Throws<ArgumentException>(() => K.Searched(0, 50));
        Assert.Throws<ArgumentException>(() => SettingDeclaration.IntList("hidden", [300, 100], "layers").SearchedAmong(["[32]", "[0]"]));
        Assert.Throws<ArgumentException>(() => SettingDeclaration.Text("max-features", "all", "all|sqrt", "features per node", "all or sqrt", t => t is "all" or "sqrt").Searched());
    }

    [Property(MaxTest = 200, Replay = "(12345,67891)")]
    public void Should_accept_exactly_the_integers_in_the_declared_range(int value)
    {
        var declaration = SettingDeclaration.Int("max-depth", 0, "deepest level", min: 0, max: 1000);

        // Scaled too, so that values beyond both ends of the range are drawn.
        foreach (var candidate in new[] { value, value * 37 })
        {
            Assert.Equal(candidate is >= 0 and <= 1000, declaration.Accepts(candidate.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
