namespace Tradeoff.Core;

/// <summary>
/// A problem with what the user gave (a file, a study, an argument): reported as one line, exit code 2,
/// never with a stack trace.
/// </summary>
public class InputException : Exception
{
    /// <summary>Creates an error about the user's input.</summary>
    public InputException(string message) : base(message) { }

    /// <summary>Creates an error about the user's input, keeping the cause for --verbose.</summary>
    public InputException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// A malformed data or study file, with the place of the problem: the message reads
/// <c>file:line:column: what is wrong</c> (line and column where known, 1-based).
/// </summary>
public sealed class FileFormatException : InputException
{
    /// <summary>Creates an error that names the file and, where known, the line and column.</summary>
    public FileFormatException(string file, int? line, int? column, string problem)
        : base(Format(file, line, column, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file the problem is in, as the user named it.</summary>
    public string File { get; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }

    private static string Format(string file, int? line, int? column, string problem) =>
        (line, column) switch
        {
            (int l, int c) => $"{file}:{l.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{c.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {problem}",
            (int l, null) => $"{file}:{l.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {problem}",
            _ => $"{file}: {problem}",
        };
}
