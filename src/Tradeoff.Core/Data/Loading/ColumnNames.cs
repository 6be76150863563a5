namespace Tradeoff.Core.Data.Loading;

/// <summary>Checks that column names are unique, since a target or a feature is chosen by name.</summary>
internal static class ColumnNames
{
    /// <summary>The 0-based positions of the first duplicated name, or null when all are unique.</summary>
    public static (int First, int Second)? FindDuplicate(IReadOnlyList<string> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (!seen.TryAdd(names[i], i))
            {
                return (seen[names[i]], i);
            }
        }

        return null;
    }

    public static string Describe(string name, int first, int second) =>
        $"duplicate column name '{name}' at columns {NumberText.Format(first + 1)} and {NumberText.Format(second + 1)}";
}
