using Tradeoff.Runs;

namespace Tradeoff.Reporting.Plots;

/// <summary>Where each technique of a document ended in selection, for plot styling and table marks.</summary>
internal static class Roles
{
    public const string Frontier = "frontier";
    public const string Dominated = "dominated";
    public const string Eliminated = "eliminated";
    public const string Measured = "measured";

    public static string Of(ResultsDocument document, string technique)
    {
        if (document.Eliminated?.Any(e => e.Candidate == technique) == true)
        {
            return Eliminated;
        }

        if (document.Frontier is { } frontier)
        {
            if (frontier.Members.Contains(technique))
            {
                return Frontier;
            }

            if (frontier.DominatedBy.ContainsKey(technique))
            {
                return Dominated;
            }
        }

        return Measured;
    }

    /// <summary>A stable colour per technique: its place in the document.</summary>
    public static int IndexOf(ResultsDocument document, string technique)
    {
        for (var i = 0; i < document.Techniques.Count; i++)
        {
            if (document.Techniques[i].Name == technique)
            {
                return i;
            }
        }

        return 0;
    }
}
