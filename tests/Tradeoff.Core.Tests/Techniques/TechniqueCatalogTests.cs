using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Tests.Techniques;

/// <summary>A catalog composed from the technique projects' registrations, ordered by family.</summary>
public sealed class TechniqueCatalogTests
{
    [Fact]
    public void Should_order_the_registrations_by_family_and_keep_their_order_within_one()
    {
        // Given two projects' registrations, interleaving families, and one technique of no listed family
        IEnumerable<TechniqueDescriptor> own = [Descriptor("custom", TechniqueFamily.Other), Descriptor("tree", TechniqueFamily.Trees), Descriptor("baseline", TechniqueFamily.Baseline)];
        IEnumerable<TechniqueDescriptor> adapters = [Descriptor("logistic", TechniqueFamily.Linear), Descriptor("linear", TechniqueFamily.Linear), Descriptor("rules", TechniqueFamily.Rules)];

        // When the catalog is composed from them
        var catalog = TechniqueCatalog.Compose(own, adapters);

        // Then it lists them as the lecture presents them, the unlisted family last
        Assert.Equal(["baseline", "rules", "tree", "logistic", "linear", "custom"], catalog.Ids);
    }

    [Fact]
    public void Should_refuse_two_registrations_of_one_id()
    {
        Assert.ThrowsAny<ArgumentException>(() => TechniqueCatalog.Compose([Descriptor("tree", TechniqueFamily.Trees)], [Descriptor("tree", TechniqueFamily.Trees)]));
    }

    private static TechniqueDescriptor Descriptor(string id, TechniqueFamily family) => new()
    {
        Id = id,
        Family = family,
        Summary = id,
        Capabilities = new TechniqueCapabilities { Tasks = TaskSets.All },
        Create = _ => throw new InvalidOperationException("a catalog never creates techniques"),
    };
}
