namespace Tradeoff.Core;

/// <summary>"Did you mean" hints for misspelt ids.</summary>
public static class Suggestions
{
    /// <summary>
    /// <c>"; did you mean 'x'?"</c> when a candidate is within a third of the word's length in edit distance
    /// (at least 2), otherwise an empty string.
    /// </summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(word.ToUpperInvariant(), c.ToUpperInvariant())))
            .OrderBy(p => p.Distance)
            .FirstOrDefault();
        var limit = Math.Max(2, word.Length / 3);
        return best.Candidate is not null && best.Distance <= limit ? $"; did you mean '{best.Candidate}'?" : string.Empty;
    }

    /// <summary>Levenshtein edit distance.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
