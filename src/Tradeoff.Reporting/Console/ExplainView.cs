using System.Globalization;
using Spectre.Console;
using Tradeoff.Core;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Techniques;
using Tradeoff.Reporting.Plots;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Console;

/// <summary>
/// <c>tradeoff explain</c>: what a results document holds for one technique (its place in the selection, every
/// quality with its interval and protocol, complexity and importance figures) and, when the trained model is at
/// hand, the model itself as it renders itself (rules, coefficients, layers).
/// </summary>
public static class ExplainView
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The technique of <paramref name="document"/> named <paramref name="name"/> (instance name, else a unique technique id).</summary>
    /// <exception cref="InputException">No such technique, with a "did you mean".</exception>
    public static TechniqueResult Find(ResultsDocument document, string name)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(name);
        var byName = document.Techniques.FirstOrDefault(t => t.Name == name);
        var byId = document.Techniques.Where(t => t.TechniqueId == name).ToList();
        return byName ?? (byId.Count == 1 ? byId[0] : throw new InputException(
            $"no technique '{name}' in the results{Suggestions.DidYouMean(name, document.Techniques.Select(t => t.Name))}; it has: {string.Join(", ", document.Techniques.Select(t => t.Name))}"));
    }

    /// <summary>
    /// Writes what is known of <paramref name="name"/>; <paramref name="model"/>, when given, is the trained model itself.
    /// Without it, <paramref name="withoutModel"/> says why (by default: a results document holds no model).
    /// </summary>
    public static void Render(IAnsiConsole console, ResultsDocument document, string name, IExplainableModel? model = null, string? withoutModel = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var technique = Find(document, name);
        console.MarkupLine($"[bold]{Markup.Escape(technique.Name)}[/] ({Markup.Escape(technique.TechniqueId)}) in {Markup.Escape(document.Study.Name)}");
        console.MarkupLine($"  settings: {Markup.Escape(technique.Settings.Count == 0 ? "defaults" : string.Join(", ", technique.Settings.Select(s => $"{s.Key}={s.Value}")))}");
        console.MarkupLine($"  capabilities: {Markup.Escape(technique.Capabilities.Count == 0 ? "none" : string.Join(", ", technique.Capabilities))}");
        if (technique.Status != TechniqueStatus.Measured)
        {
            console.MarkupLine($"  [yellow]{Markup.Escape(technique.Status.ToString())}[/]: {Markup.Escape(technique.Message ?? string.Empty)}");
        }

        console.MarkupLine("  selection: " + Markup.Escape(Place(document, technique.Name)));
        RenderQualities(console, technique);
        RenderImportance(console, technique);
        TuningView.RenderTechnique(console, technique, document.Techniques);
        console.WriteLine();
        if (model is null)
        {
            console.MarkupLine("[dim]" + Markup.Escape(withoutModel ?? "The trained model itself (rules, coefficients, layers) is not in a results document; it is printed when the run's model is available from the store.") + "[/]");
            return;
        }

        console.MarkupLine("[bold]The model[/]");
        foreach (var (key, value) in model.Complexity)
        {
            console.MarkupLine($"  {Markup.Escape(key)}: {value.ToString("0.###", Invariant)}");
        }

        console.WriteLine();
        console.Write(new Spectre.Console.Text(model.Explain()));
        console.WriteLine();
    }

    private static string Place(ResultsDocument document, string name)
    {
        if (document.Eliminated?.FirstOrDefault(e => e.Candidate == name) is { } elimination)
        {
            return "eliminated: " + string.Join("; ", elimination.Reasons);
        }

        var rank = document.Ranking?.FirstOrDefault(r => r.Candidate == name);
        var role = Roles.Of(document, name);
        var text = role switch
        {
            Roles.Frontier => "on the Pareto frontier",
            Roles.Dominated => "dominated by " + document.Frontier!.DominatedBy[name],
            _ => "measured",
        };
        if (rank is not null)
        {
            text += $"; rank {rank.Rank.ToString(Invariant)}{(rank.Utility is null ? string.Empty : ", utility " + QualityFormat.Utility(rank.Utility, rank.UtilityHalfWidth))}{(rank.TiedAtTop ? ", tied at the top within the noise" : string.Empty)}";
        }

        return document.Recommended?.Candidate == name ? "recommended; " + text : text;
    }

    private static void RenderQualities(IAnsiConsole console, TechniqueResult technique)
    {
        if (technique.Qualities.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("quality", "value", "95% interval", "how it was measured");
        foreach (var (id, value) in technique.Qualities.OrderBy(q => ParallelPlot.QualityOrder(q.Key)).ThenBy(q => q.Key, StringComparer.Ordinal))
        {
            var interval = value.Lower is double l && value.Upper is double u ? $"[{QualityFormat.Value(l, value.Unit)}, {QualityFormat.Value(u, value.Unit)}]" : string.Empty;
            table.AddRow(
                Markup.Escape(id),
                Markup.Escape(value.IsAvailable ? QualityFormat.Format(value) : "n/a"),
                Markup.Escape(interval),
                Markup.Escape(value.IsAvailable ? value.Protocol ?? string.Empty : value.NotAvailable ?? string.Empty));
        }

        console.Write(table);
    }

    private static void RenderImportance(IAnsiConsole console, TechniqueResult technique)
    {
        // importance.all holds every feature evaluated; importance the top ones, each with a "NAME std" companion.
        var source = technique.Qualities.GetValueOrDefault(QualityIds.ImportanceAll) ?? technique.Qualities.GetValueOrDefault(QualityIds.Importance);
        var drops = source?.Details?.Where(d => !d.Key.EndsWith(" std", StringComparison.Ordinal) && double.IsFinite(d.Value)).ToList() ?? [];
        if (drops.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold]Permutation importance[/] (score lost when a feature is shuffled; largest first)");
        var chart = new BarChart().Width(70);
        foreach (var (feature, drop) in drops.OrderByDescending(d => Math.Abs(d.Value)).ThenBy(d => d.Key, StringComparer.Ordinal).Take(15))
        {
            chart.AddItem(Markup.Escape(feature), Math.Round(drop, 4), Color.SteelBlue);
        }

        console.Write(chart);
    }
}
