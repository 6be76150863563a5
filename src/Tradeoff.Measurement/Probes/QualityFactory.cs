using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Measurement.Probes;

/// <summary>Quality values with the unit and direction of the catalog, so no probe restates them.</summary>
internal static class QualityFactory
{
    public static QualityValue Create(string id, double value, string protocol) => Create(Of(id), value, protocol);

    /// <summary>A value whose protocol line is its descriptor's: the way it is measured says all, with no figure of the run.</summary>
    public static QualityValue Create(string id, double value)
    {
        var descriptor = Of(id);
        return Create(descriptor, value, descriptor.Protocol);
    }

    /// <summary>A value of a quality a probe declares itself, in the catalog or not.</summary>
    public static QualityValue Create(QualityDescriptor descriptor, double value, string protocol) =>
        new() { Value = value, Unit = descriptor.Unit, Direction = descriptor.Direction, Protocol = protocol };

    public static QualityValue Unavailable(string id, string reason)
    {
        var descriptor = Of(id);
        return QualityValue.Unavailable(descriptor.Unit, reason) with { Direction = descriptor.Direction };
    }

    private static QualityDescriptor Of(string id) =>
        QualityCatalog.Find(id) ?? throw new ArgumentException($"'{id}' is not in the quality catalog.", nameof(id));
}
