namespace Tradeoff.Core.Data.Loading;

/// <summary>One value read from an ARFF line: its text (unquoted), whether it was quoted, and its 1-based column.</summary>
internal readonly record struct ArffToken(string Text, bool Quoted, int Column)
{
    /// <summary>An unquoted <c>?</c>: Weka's missing value.</summary>
    public bool IsMissing => !Quoted && Text == "?";
}
