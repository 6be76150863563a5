using Tradeoff.Core.Results;

namespace Tradeoff.Runs;

/// <summary>
/// The store's side of a run: the id it keeps the run under, and results measured before for the same study on the
/// same data (a resumed or repeated run): a technique found here is not measured again.
/// </summary>
public interface IResultCache
{
    /// <summary>The id the run is kept under, once the data are loaded; what the run measures is stamped with it.</summary>
    string? RunId { get; }

    /// <summary>
    /// The stored result of the technique instance <paramref name="name"/>, with the provenance of the run that measured
    /// it, or null to measure it.
    /// </summary>
    TechniqueResult? Find(string name);

    /// <summary>The environment whose fingerprint is <paramref name="fingerprint"/>, when a stored result was measured in it; else null.</summary>
    EnvironmentInfo? FindEnvironment(string fingerprint);
}
