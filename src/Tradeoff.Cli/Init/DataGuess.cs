using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;

namespace Tradeoff.Cli.Init;

/// <summary>
/// What <c>tradeoff init</c> learns from a data file: its columns, the target (the one asked for, else the last),
/// the task the target suggests, its classes, its rows, and the columns whose names suggest a protected attribute.
/// The file is read by the same loader a run uses, so a file init accepts is one a run can read.
/// </summary>
internal sealed record DataGuess(IReadOnlyList<string> Columns, string Target, string Task, int Classes, int Rows, IReadOnlyList<string> Protected)
{
    // Whole words of a column name (split at anything not a letter) that name a protected attribute in
    // anti-discrimination law and the fairness literature; personal_status is credit-g's column for sex and marital status.
    private static readonly HashSet<string> ProtectedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sex", "gender", "age", "race", "ethnicity", "ethnic", "religion", "nationality", "citizenship",
        "marital", "disability", "disabled", "pregnancy", "pregnant",
    };

    // A numeric target with this many distinct whole values or fewer is read as classes (0/1, ratings).
    private const int MaxNumericClasses = 10;

    /// <summary>Reads <paramref name="path"/> and guesses the roles of its columns; <paramref name="target"/> must be one of them when given.</summary>
    /// <exception cref="InputException">The file cannot be read, or has no column <paramref name="target"/>.</exception>
    public static DataGuess Read(string path, string? target)
    {
        var table = DataLoader.Load(path);
        var names = table.Columns.Select(c => c.Name).ToList();
        var chosen = target ?? names[^1];
        var index = table.IndexOf(chosen);
        if (index < 0)
        {
            throw new InputException($"{path}: no column '{chosen}' for --target{Suggestions.DidYouMean(chosen, names)} (columns: {string.Join(", ", names)})");
        }

        var column = table.Columns[index];
        var (task, classes) = TaskOf(column);
        var protectedColumns = names.Where(n => n != chosen && IsProtected(n)).ToList();
        return new DataGuess(names, chosen, task, classes, table.RowCount, protectedColumns);
    }

    /// <summary>True when a word of <paramref name="column"/>'s name names a protected attribute (<c>Sex</c>, <c>age_years</c>, <c>personal_status</c>).</summary>
    public static bool IsProtected(string column) =>
        string.Equals(column, "personal_status", StringComparison.OrdinalIgnoreCase)
        || column.Split(NonLetters(column), StringSplitOptions.RemoveEmptyEntries).Any(ProtectedWords.Contains);

    private static char[] NonLetters(string text) => [.. text.Where(c => !char.IsLetter(c)).Distinct()];

    private static (string Task, int Classes) TaskOf(Column column)
    {
        if (column.IsNominal)
        {
            return ("classification", column.Levels.Count);
        }

        var distinct = column.Values.Where(v => !float.IsNaN(v)).Distinct().Take(MaxNumericClasses + 1).ToList();
        return distinct.Count <= MaxNumericClasses && distinct.All(v => v == MathF.Round(v))
            ? ("classification", distinct.Count)
            : ("regression", 0);
    }
}
