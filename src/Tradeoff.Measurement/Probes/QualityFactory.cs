using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Measurement.Probes;

/// <summary>Quality values with the unit and direction of the catalog, so no probe restates them.</summary>
internal static class QualityFactory
{
    public static QualityValue Create(string id, double value, string protocol) =>
        Create(QualityCatalog.Find(id) ?? throw new ArgumentException($"'{id}' is not in the quality catalog.", nameof(id)), value, protocol);

    /// <summary>A value of a quality a probe declares itself, in the catalog or not.</summary>
    public static QualityValue Create(QualityDescriptor descriptor, double value, string protocol) =>
        new() { Value = value, Unit = descriptor.Unit, Direction = descriptor.Direction, Protocol = protocol };

    public static QualityValue Unavailable(string id, string reason)
    {
        var descriptor = QualityCatalog.Find(id) ?? throw new ArgumentException($"'{id}' is not in the quality catalog.", nameof(id));
        return QualityValue.Unavailable(descriptor.Unit, reason) with { Direction = descriptor.Direction };
    }
}
