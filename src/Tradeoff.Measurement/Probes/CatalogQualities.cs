using Tradeoff.Core.Qualities;

namespace Tradeoff.Measurement.Probes;

/// <summary>The catalog's descriptors of the qualities a probe measures.</summary>
internal static class CatalogQualities
{
    public static QualityDescriptor[] Of(params IEnumerable<string> ids) =>
        [.. ids.Select(id => QualityCatalog.Find(id) ?? throw new ArgumentException($"'{id}' is not in the quality catalog.", nameof(ids)))];
}
