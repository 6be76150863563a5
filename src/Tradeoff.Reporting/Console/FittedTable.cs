using Spectre.Console;
using Spectre.Console.Rendering;

namespace Tradeoff.Reporting.Console;

/// <summary>A column of a <see cref="FittedTable"/>: its header, its cell for each row, and whether it may be left out.</summary>
/// <param name="Header">The header, as markup.</param>
/// <param name="Cell">The cell of row i, as markup.</param>
/// <param name="Optional">True when the column may be left out to fit the width; optional columns go last-first.</param>
/// <param name="RightAligned">Numbers are right-aligned.</param>
public sealed record FittedColumn(string Header, Func<int, string> Cell, bool Optional = false, bool RightAligned = false);

/// <summary>
/// A table that fits the console's width by leaving out columns rather than wrapping cells: optional columns are
/// dropped from the last (the least important) until Spectre's own measurement of the table fits, and the caller
/// is told which were dropped so it can say so. Spectre sizes columns but always squeezes them (wrapping cells and
/// cutting headers) when the table is too wide; choosing which columns to keep is the part it does not offer.
/// </summary>
public static class FittedTable
{
    /// <summary>The table of <paramref name="rows"/> rows over the columns that fit <paramref name="console"/>, and the headers of those left out.</summary>
    public static (Table Table, IReadOnlyList<string> Dropped) Build(IAnsiConsole console, IReadOnlyList<FittedColumn> columns, int rows, Func<Table> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var (table, dropped) = Fit(console, columns, rows, create, keepOptional: 0);
        return (table, dropped.Select(c => Markup.Remove(c.Header)).ToList());
    }

    /// <summary>
    /// Every column in as many tables as it takes to fit the console, each with the columns that are not optional
    /// (the technique) and the next optional ones in order: nothing left out, nothing wrapped (unless one optional
    /// column alone is wider than the console). <paramref name="create"/> is given the table's part, 0 first.
    /// </summary>
    public static IReadOnlyList<Table> Split(IAnsiConsole console, IReadOnlyList<FittedColumn> columns, int rows, Func<int, Table> create)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(create);
        var tables = new List<Table>();
        var remaining = columns.ToList();
        for (var part = 0; ; part++)
        {
            var index = part;
            var (table, dropped) = Fit(console, remaining, rows, () => create(index), keepOptional: 1);
            tables.Add(table);
            if (dropped.Count == 0)
            {
                return tables;
            }

            remaining = [.. columns.Where(c => !c.Optional), .. dropped];
        }
    }

    private static (Table Table, List<FittedColumn> Dropped) Fit(IAnsiConsole console, IReadOnlyList<FittedColumn> columns, int rows, Func<Table> create, int keepOptional)
    {
        ArgumentNullException.ThrowIfNull(console);
        var kept = columns.ToList();
        var dropped = new List<FittedColumn>();
        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        while (true)
        {
            var table = Table(kept, rows, create);
            var lastOptional = kept.FindLastIndex(c => c.Optional);
            if (kept.Count(c => c.Optional) <= keepOptional || ((IRenderable)table).Measure(options, int.MaxValue / 2).Max <= console.Profile.Width)
            {
                dropped.Reverse();
                return (table, dropped);
            }

            dropped.Add(kept[lastOptional]);
            kept.RemoveAt(lastOptional);
        }
    }

    private static Table Table(IReadOnlyList<FittedColumn> columns, int rows, Func<Table> create)
    {
        var table = create();
        foreach (var column in columns)
        {
            var added = new TableColumn(column.Header).NoWrap();
            table.AddColumn(column.RightAligned ? added.RightAligned() : added);
        }

        for (var i = 0; i < rows; i++)
        {
            var row = i;
            table.AddRow(columns.Select(c => c.Cell(row)).ToArray());
        }

        return table;
    }
}
