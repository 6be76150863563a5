using System.Text;

namespace Tradeoff.Reporting.Plots;

/// <summary>File names of plots: quality ids are kebab-case already; anything else from data becomes a dash.</summary>
internal static class PlotNames
{
    public static string Safe(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? char.ToLowerInvariant(c) : '-');
        }

        return builder.ToString().Trim('.');
    }
}
