namespace Tradeoff.Core.Results;

/// <summary>
/// The notes measurement puts beside a value (<see cref="QualityValue.Note"/>) that reports show as marks: the one
/// vocabulary both sides use, so a report never matches a note's wording it guessed.
/// </summary>
public static class QualityNotes
{
    /// <summary>The best mean of its quality among the techniques compared.</summary>
    public const string Best = "best";

    /// <summary>Significantly better than the best mean (fold by fold).</summary>
    public const string Better = "better";

    /// <summary>Significantly worse than the best mean.</summary>
    public const string Worse = "worse";

    /// <summary>No significant difference from the best mean.</summary>
    public const string NotSignificant = "not significant";

    /// <summary>No paired test was possible.</summary>
    public const string Untested = "untested: no paired fold scores";

    /// <summary>How a note that says a figure rests on too few samples begins (<c>inconclusive: 300 samples, 1,000 needed</c>).</summary>
    public const string InconclusivePrefix = "inconclusive";

    /// <summary>The mark a report shows for <paramref name="note"/>.</summary>
    public static QualityStanding StandingOf(string? note) => note switch
    {
        Best => QualityStanding.Best,
        Better => QualityStanding.Better,
        Worse => QualityStanding.Worse,
        not null when note.StartsWith(InconclusivePrefix, StringComparison.Ordinal) => QualityStanding.Inconclusive,
        _ => QualityStanding.None,
    };
}
