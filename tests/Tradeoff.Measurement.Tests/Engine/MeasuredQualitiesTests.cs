using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Stages;

namespace Tradeoff.Measurement.Tests.Engine;

public sealed class MeasuredQualitiesTests
{
    [Fact]
    public void Should_be_the_catalog_When_a_study_or_a_report_looks_a_quality_up()
    {
        // Given the qualities the engine and its registered probes declare
        var declared = MeasuredQualities.All;

        // When Core's catalog is asked
        var catalog = QualityCatalog.All;

        // Then it is exactly those descriptors, in the same order
        Assert.Equal(declared, catalog);
        Assert.Same(RegisteredProbes.All[0].Qualities[0], QualityCatalog.Find(RegisteredProbes.All[0].Qualities[0].Id));
    }

    [Fact]
    public void Should_declare_group_and_protocol_When_a_registered_probe_declares_a_quality()
    {
        // Given every registered probe
        foreach (var probe in RegisteredProbes.All)
        {
            // Then each of its qualities is grouped under its stage, says how it is measured and is in the catalog
            foreach (var quality in probe.Qualities)
            {
                Assert.Equal(probe.Stage, quality.Group);
                Assert.False(string.IsNullOrWhiteSpace(quality.Protocol), quality.Id);
                Assert.Equal(quality, QualityCatalog.Find(quality.Id));
            }
        }
    }

    [Fact]
    public void Should_list_speed_before_size_When_the_probes_run_size_first()
    {
        // Given the protocol's order: model-size is measured before latency
        var ids = QualityCatalog.Ids.ToList();

        // Then reports read the engine's scores first, then latency, throughput and memory, then model-size
        Assert.Equal(QualityIds.Accuracy, ids[0]);
        Assert.True(ids.IndexOf(QualityIds.TrainTime) < ids.IndexOf(QualityIds.LatencyP50));
        Assert.True(ids.IndexOf(QualityIds.LatencyMax) < ids.IndexOf(QualityIds.Throughput));
        Assert.True(ids.IndexOf(QualityIds.InferenceMemory) < ids.IndexOf(QualityIds.ModelSize));
        Assert.True(ids.IndexOf(QualityIds.Parameters) < ids.IndexOf(QualityIds.EnergyTrain));
    }
}
