using Tradeoff.Core.Techniques;

namespace Tradeoff.Cli.Tests;

/// <summary>Every technique's search space names documented settings, and every corner of it creates a valid technique.</summary>
public sealed class SearchSpaceTests
{
    public static TheoryData<string> Tunable() => [.. TechniqueCatalogs.Default.All.Where(d => !d.Search.IsEmpty).Select(d => d.Id)];

    [Fact]
    public void Should_give_every_learning_technique_a_search_space()
    {
        Assert.Equal(["baseline"], TechniqueCatalogs.Default.All.Where(d => d.Search.IsEmpty).Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Tunable))]
    public void Should_create_the_technique_at_every_corner_and_the_middle_of_its_space(string id)
    {
        var descriptor = TechniqueCatalogs.Default.Get(id);
        var documented = descriptor.Settings.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(descriptor.Search.Dimensions, d => Assert.Contains(d.Name, documented));
        foreach (var unit in new[] { 0.0, 0.5, 1.0 })
        {
            var point = Enumerable.Repeat(unit, descriptor.Search.Dimensions.Count).ToArray();
            var settings = new TechniqueSettings(id, descriptor.Search.At(point));
            Assert.Equal(id, descriptor.CreateChecked(settings).Id);
        }
    }
}
