using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;

namespace Tradeoff.Runs;

/// <summary>
/// The study's declared values joined to the measured ones before selection and the results document. They are taken
/// from the study as it stands every time, never from the store: a technique reused from an earlier run gets the
/// values the study states now, and the store's measurements stay what was measured.
/// </summary>
internal static class DeclaredValues
{
    public static IReadOnlyList<TechniqueResult> Add(Study study, IReadOnlyList<TechniqueResult> results)
    {
        if (study.Declared.Count == 0)
        {
            return results;
        }

        return results.Select(result =>
        {
            var declared = study.DeclaredOf(result.Name);
            if (declared.Count == 0)
            {
                return result;
            }

            var qualities = result.Qualities.Where(q => !declared.ContainsKey(q.Key)).ToDictionary(StringComparer.Ordinal);
            foreach (var (id, value) in declared)
            {
                qualities[id] = value;
            }

            return result with { Qualities = qualities };
        }).ToList();
    }
}
