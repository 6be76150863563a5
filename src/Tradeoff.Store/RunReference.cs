using Tradeoff.Core;

namespace Tradeoff.Store;

/// <summary>Turns what the user typed for a run (<c>latest</c>, <c>r0012</c>, <c>r12</c>, <c>12</c>, a prefix) into one run id.</summary>
internal static class RunReference
{
    public const string Latest = "latest";

    /// <summary>Resolves <paramref name="reference"/> among the runs numbered <paramref name="seqs"/> (ascending).</summary>
    public static string Resolve(string reference, IReadOnlyList<long> seqs, string location)
    {
        var text = reference.Trim();
        if (seqs.Count == 0)
        {
            throw new InputException($"{location}: the store has no runs yet; `tradeoff run STUDY` makes one.");
        }

        if (string.Equals(text, Latest, StringComparison.OrdinalIgnoreCase))
        {
            return RunIds.Format(seqs[^1]);
        }

        var ids = seqs.Select(RunIds.Format).ToList();
        var exact = ids.Find(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        if (RunIds.TryParse(text, out var number) && seqs.Contains(number))
        {
            return RunIds.Format(number);
        }

        var matches = text.Length == 0 ? [] : ids.Where(id => id.StartsWith(text, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new InputException($"{location}: there is no run '{reference}'; `tradeoff runs` lists them ({ids[0]} to {ids[^1]}), or say 'latest'."),
            _ => throw new InputException(
                $"{location}: '{reference}' matches {matches.Count} runs ({string.Join(", ", matches.Take(5))}{(matches.Count > 5 ? ", ..." : "")}); give the whole id."),
        };
    }
}
