using Tradeoff.Core.Qualities;

namespace Tradeoff.Core.Tests.Qualities;

public sealed class FairnessIdsTests
{
    [Fact]
    public void Should_name_the_gap_over_all_attributes_as_the_catalog_does_When_no_attribute_is_given()
    {
        // Given the gaps, When named without an attribute, Then they are the catalog's fairness ids
        Assert.Equal([QualityIds.FairnessAccuracyGap, QualityIds.FairnessDemographicParity, QualityIds.FairnessEqualizedOdds], FairnessIds.Gaps.Select(FairnessIds.Of));
    }

    [Theory]
    [InlineData("fairness.age.equalized-odds", "fairness.equalized-odds")]
    [InlineData("fairness.demographic-parity", "fairness.demographic-parity")]
    [InlineData("accuracy", "accuracy")]
    [InlineData("fairness.a.b.accuracy-gap", "fairness.a.b.accuracy-gap")]
    public void Should_give_the_overall_id_of_a_per_attribute_id_When_asked(string id, string overall)
    {
        // Given an id, When its overall id is asked for, Then a per-attribute one loses its attribute and others stay
        Assert.Equal(overall, FairnessIds.Overall(id));
    }

    [Fact]
    public void Should_resolve_a_per_attribute_id_in_the_catalog_When_its_gap_is_known()
    {
        // Given the id of one attribute's gap
        var id = FairnessIds.Of("age", FairnessIds.DemographicParity);

        // When the catalog resolves it, Then it has the gap's unit and direction under its own id
        var descriptor = QualityCatalog.Find(id);
        Assert.Equal("fairness.age.demographic-parity", id);
        Assert.Equal(QualityCatalog.Find(QualityIds.FairnessDemographicParity)! with { Id = id }, descriptor);
    }
}
