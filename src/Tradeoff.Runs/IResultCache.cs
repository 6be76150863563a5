using Tradeoff.Core.Results;

namespace Tradeoff.Runs;

/// <summary>
/// Results measured before for the same study on the same data (a resumed or repeated run): a technique found here
/// is not measured again.
/// </summary>
public interface IResultCache
{
    /// <summary>The stored result of the technique instance <paramref name="name"/>, or null to measure it.</summary>
    TechniqueResult? Find(string name);
}
