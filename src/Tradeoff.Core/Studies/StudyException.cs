namespace Tradeoff.Core.Studies;

/// <summary>
/// Everything wrong with a study file, found in one pass: the message holds one problem a line, each
/// <c>file:line:column: problem</c>, in the order they appear in the file.
/// </summary>
public sealed class StudyException : InputException
{
    /// <summary>Creates the error from its problems (at least one).</summary>
    public StudyException(IReadOnlyList<FileFormatException> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    /// <summary>Each problem with its file, line and column.</summary>
    public IReadOnlyList<FileFormatException> Problems { get; }

    private static string Format(IReadOnlyList<FileFormatException> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        return string.Join('\n', problems.Select(p => p.Message));
    }
}
