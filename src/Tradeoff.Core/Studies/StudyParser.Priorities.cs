using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>The <c>priorities</c> list: lexicographic ranking, each quality with an optional tolerance.</summary>
internal sealed partial class StudyParser
{
    private const string PrioritiesExample = "[accuracy within 0.01, latency.p99 within 10%, model-size]";

    private List<PrioritySpec> ReadPriorities(YamlNode node)
    {
        var priorities = new List<PrioritySpec>();
        foreach (var (text, item) in TextList(node, "priorities", PrioritiesExample))
        {
            if (PriorityPattern().Match(text.Trim()) is not { Success: true } match)
            {
                Report(item, $"a priority is a quality with an optional tolerance such as 'accuracy within 0.01' or 'latency.p99 within 10%'; found '{text}'");
                continue;
            }

            var id = match.Groups["quality"].Value;
            if (!CheckQuality(id, item, "priorities", allowGroups: false))
            {
                continue;
            }

            if (priorities.Exists(p => p.Quality == id))
            {
                Report(item, $"'{id}' is listed twice in priorities");
                continue;
            }

            var tolerance = match.Groups["tolerance"].Success ? double.Parse(match.Groups["tolerance"].Value, NumberStyles.Float, CultureInfo.InvariantCulture) : 0;
            var relative = match.Groups["percent"].Success;
            priorities.Add(new PrioritySpec(id, relative ? tolerance / 100 : tolerance, relative));
        }

        return priorities;
    }

    [GeneratedRegex(@"^(?<quality>[A-Za-z0-9_.\-]+)(\s+within\s+(?<tolerance>[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?)\s*(?<percent>%)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PriorityPattern();
}
