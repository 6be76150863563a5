using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Runs;

/// <summary>Studies from files and from the command line, validated against the techniques this build offers.</summary>
public static class StudyFiles
{
    /// <summary>Reads and validates a study file; every problem is reported at once.</summary>
    public static Study Read(string path, TechniqueCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return StudyReader.Read(path, Context(catalog));
    }

    /// <summary>
    /// The study of an ad hoc run (<c>tradeoff run --data FILE</c>): every default, the target as given or the last
    /// column, the techniques as listed or all of them.
    /// </summary>
    public static Study AdHoc(string data, string? target, IReadOnlyList<string> techniques, TechniqueCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(catalog);
        var specs = techniques.Select(id => new TechniqueSpec(catalog.Get(id).Id, id, new Dictionary<string, string>())).ToList();
        return new Study
        {
            Name = Path.GetFileNameWithoutExtension(data),
            Data = new DataSpec { Train = data, Target = target },
            Techniques = specs,
        };
    }

    /// <summary>What a study may name: the catalog's techniques and settings, the catalog's qualities.</summary>
    public static StudyValidationContext Context(TechniqueCatalog catalog) => StudyValidationContext.For(catalog);
}
