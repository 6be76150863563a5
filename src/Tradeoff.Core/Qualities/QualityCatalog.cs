namespace Tradeoff.Core.Qualities;

/// <summary>
/// The qualities Tradeoff measures, with their stable ids (see docs/concepts.md and docs/PROTOCOL.md): composed from
/// the descriptors the measuring engine and its registered probes declare (docs/ARCHITECTURE.md, "Adding a quality").
/// Ids under <c>fairness.</c> may also name a protected attribute: <c>fairness.age.demographic-parity</c>.
/// </summary>
public static class QualityCatalog
{
    // Core is below Measurement and cannot reference it: the descriptors are read, the first time the catalog is
    // asked, from the measuring assembly's composition (its engine's own qualities and its registered probes').
    // This is the one place Core names an assembly above it; the CLI, Runs and Reporting carry Tradeoff.Measurement.
    private const string Composition = "Tradeoff.Measurement.MeasuredQualities, Tradeoff.Measurement";

    private static readonly Lazy<(IReadOnlyList<QualityDescriptor> All, Dictionary<string, QualityDescriptor> ById)> Composed = new(Compose);

    /// <summary>Every quality of the catalog.</summary>
    public static IReadOnlyList<QualityDescriptor> All => Composed.Value.All;

    /// <summary>
    /// The descriptor of <paramref name="id"/>, or null when unknown. Per-attribute fairness ids
    /// (<c>fairness.ATTRIBUTE.METRIC</c>) resolve to the metric's descriptor with the full id.
    /// </summary>
    public static QualityDescriptor? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Composed.Value.ById.TryGetValue(id, out var descriptor))
        {
            return descriptor;
        }

        var overall = FairnessIds.Overall(id);
        if (overall != id && Composed.Value.ById.TryGetValue(overall, out var metric))
        {
            return metric with { Id = id };
        }

        return null;
    }

    /// <summary>
    /// The descriptor of <paramref name="id"/> in the catalog extended with a study's <paramref name="declared"/>
    /// qualities (which never share an id with the catalog: the study parser refuses a clash), or null when unknown.
    /// </summary>
    public static QualityDescriptor? Find(string id, IReadOnlyList<DeclaredQuality> declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        return declared.FirstOrDefault(d => d.Id == id)?.Descriptor ?? Find(id);
    }

    /// <summary>The ids, for "did you mean" hints.</summary>
    public static IEnumerable<string> Ids => All.Select(d => d.Id);

    /// <summary>
    /// The catalog of <paramref name="descriptors"/>, in their order; an id declared twice is refused, naming it.
    /// </summary>
    internal static (IReadOnlyList<QualityDescriptor> All, Dictionary<string, QualityDescriptor> ById) Of(IEnumerable<QualityDescriptor> descriptors)
    {
        var all = descriptors.ToList();
        var byId = new Dictionary<string, QualityDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in all)
        {
            if (!byId.TryAdd(descriptor.Id, descriptor))
            {
                throw new InvalidOperationException($"quality '{descriptor.Id}' is declared twice (groups '{byId[descriptor.Id].Group}' and '{descriptor.Group}').");
            }
        }

        return (all, byId);
    }

    [System.Diagnostics.CodeAnalysis.DynamicDependency("All", "Tradeoff.Measurement.MeasuredQualities", "Tradeoff.Measurement")]
    private static (IReadOnlyList<QualityDescriptor> All, Dictionary<string, QualityDescriptor> ById) Compose()
    {
        var composition = Type.GetType(Composition, throwOnError: false)
            ?? throw new InvalidOperationException("The quality catalog is composed from Tradeoff.Measurement's registered probes, and Tradeoff.Measurement is not loadable here: reference it.");
        var all = (IEnumerable<QualityDescriptor>)composition.GetProperty("All")!.GetValue(null)!;
        return Of(all);
    }
}
