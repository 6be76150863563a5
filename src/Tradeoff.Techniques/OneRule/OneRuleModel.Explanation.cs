using System.Globalization;
using System.Text;

namespace Tradeoff.Techniques.OneRule;

internal sealed partial class OneRuleModel
{
    /// <summary>The rules, one line each: <c>IF outlook = sunny THEN no  (3 of 5 training rows)</c>.</summary>
    public string Explain()
    {
        var text = new StringBuilder();
        var total = ClassCounts.Sum();
        text.Append(CultureInfo.InvariantCulture, $"one-rule on '{Schema.Attribute}': {Correct} of {total} training rows correct").AppendLine();
        var branches = _rule.BranchCounts.Length;
        for (var b = 0; b < branches; b++)
        {
            AppendRule(text, Condition(b), b, _rule.BranchCounts[b]);
        }

        if (HasMissingBranch)
        {
            AppendRule(text, $"{Schema.Attribute} is missing", branches, _rule.MissingCounts);
        }

        return text.ToString();
    }

    private void AppendRule(StringBuilder text, string condition, int branch, int[] counts)
    {
        var rows = counts.Sum();
        var support = rows == 0
            ? "no training rows: the overall majority"
            : string.Create(CultureInfo.InvariantCulture, $"{counts[_predicted[branch]]} of {rows} training rows");
        text.Append(CultureInfo.InvariantCulture, $"IF {condition} THEN {Schema.Classes[_predicted[branch]]}  ({support})").AppendLine();
    }

    private string Condition(int branch)
    {
        var name = Schema.Attribute;
        if (Schema.IsNominal)
        {
            return $"{name} = {Schema.Levels[branch]}";
        }

        var cuts = _rule.Breakpoints;
        if (cuts.Length == 0)
        {
            return $"{name} is present";
        }

        if (branch == 0)
        {
            return $"{name} < {Number(cuts[0])}";
        }

        return branch == cuts.Length
            ? $"{name} >= {Number(cuts[^1])}"
            : $"{Number(cuts[branch - 1])} <= {name} < {Number(cuts[branch])}";
    }

    private static string Number(float value) => value.ToString("G7", CultureInfo.InvariantCulture);
}
