using Tradeoff.Core.Qualities;

namespace Tradeoff.Core.Tests.Qualities;

public sealed class QualityCatalogTests
{
    [Fact]
    public void Should_refuse_the_catalog_When_two_declarations_share_an_id()
    {
        // Given two probes that both declare latency.p99
        QualityDescriptor[] declared =
        [
            new(QualityIds.LatencyP99, "us", Direction.LowerIsBetter, "one", "latency", "timed"),
            new(QualityIds.LatencyP99, "us", Direction.LowerIsBetter, "two", "other", "timed again"),
        ];

        // When the catalog is composed
        var error = Assert.Throws<InvalidOperationException>(() => QualityCatalog.Of(declared));

        // Then it names the id and both groups
        Assert.Equal("quality 'latency.p99' is declared twice (groups 'latency' and 'other').", error.Message);
    }

    [Fact]
    public void Should_carry_group_and_protocol_When_a_quality_is_found()
    {
        // When a quality of a probe and one of the engine are looked up
        var latency = QualityCatalog.Find(QualityIds.LatencyP99)!;
        var accuracy = QualityCatalog.Find(QualityIds.Accuracy)!;

        // Then each says where and how it is measured
        Assert.Equal("latency", latency.Group);
        Assert.Contains("99th percentile", latency.Protocol, StringComparison.Ordinal);
        Assert.Equal("cross-validation", accuracy.Group);
        Assert.Contains("cross-validation", accuracy.Protocol, StringComparison.Ordinal);
    }
}
