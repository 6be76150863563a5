namespace Tradeoff.Core.Techniques;

/// <summary>The techniques this build offers, in presentation order.</summary>
public sealed class TechniqueCatalog
{
    private readonly Dictionary<string, TechniqueDescriptor> _byId;

    /// <summary>Creates a catalog; ids must be unique.</summary>
    public TechniqueCatalog(IEnumerable<TechniqueDescriptor> descriptors)
    {
        All = descriptors.ToList();
        _byId = All.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// The catalog of every technique the <paramref name="registrations"/> of the technique projects hold (each project
    /// lists its techniques once), ordered by <see cref="TechniqueDescriptor.Family"/> as the lecture presents them,
    /// and in registration order within a family.
    /// </summary>
    public static TechniqueCatalog Compose(params IEnumerable<TechniqueDescriptor>[] registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        return new(registrations.SelectMany(r => r).OrderBy(d => d.Family));
    }

    /// <summary>Every technique, in presentation order.</summary>
    public IReadOnlyList<TechniqueDescriptor> All { get; }

    /// <summary>The ids, in presentation order.</summary>
    public IEnumerable<string> Ids => All.Select(d => d.Id);

    /// <summary>The descriptor with this id, or null.</summary>
    public TechniqueDescriptor? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// How a model a study brings (<see cref="Studies.TechniqueSpec.Brought"/>) becomes a technique: set by the one who
    /// composes the catalog (the CLI, with Tradeoff.Techniques.External), null when this build cannot measure brought models.
    /// </summary>
    public Func<Studies.TechniqueSpec, TechniqueDescriptor>? Brought { get; init; }

    /// <summary>The descriptor of a study's technique instance: a brought model's own, or the catalog's by id.</summary>
    public TechniqueDescriptor For(Studies.TechniqueSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Brought is null)
        {
            return Get(spec.Id);
        }

        return Brought is { } create
            ? create(spec)
            : throw new InputException($"technique '{spec.Name}': this build cannot measure brought models ({spec.Brought.TechniqueId}).");
    }

    /// <summary>The descriptor with this id; an unknown id fails with a "did you mean".</summary>
    public TechniqueDescriptor Get(string id) =>
        Find(id) ?? throw new InputException($"unknown technique '{id}'{Suggestions.DidYouMean(id, Ids)}; known: {string.Join(", ", Ids)}.");
}
