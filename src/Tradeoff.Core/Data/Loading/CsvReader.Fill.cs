using nietras.SeparatedValues;

namespace Tradeoff.Core.Data.Loading;

internal sealed partial class CsvReader
{
    // Pass 2: fills arrays of the exact size found by pass 1; nominal columns get their levels in order of appearance.
    private DataTable Fill(Layout layout)
    {
        var width = layout.Names.Length;
        var values = new float[width][];
        var levels = new NominalLevels?[width];
        for (var c = 0; c < width; c++)
        {
            values[c] = new float[layout.Rows];
            levels[c] = layout.Numeric[c] ? null : new NominalLevels();
        }

        using var sep = OpenSep();
        SkipHeader(sep);
        var r = 0;
        foreach (var row in sep)
        {
            if (IsBlank(row))
            {
                continue;
            }

            if (r == layout.Rows || row.ColCount != width)
            {
                throw new InputException($"{_name}: the file changed while it was being read");
            }

            for (var c = 0; c < width; c++)
            {
                values[c][r] = Parse(row, c, layout.Names[c], levels[c]);
            }

            r++;
        }

        if (r != layout.Rows)
        {
            throw new InputException($"{_name}: the file changed while it was being read");
        }

        var columns = new Column[width];
        for (var c = 0; c < width; c++)
        {
            columns[c] = levels[c] is { } l
                ? new Column(layout.Names[c], ColumnKind.Nominal, values[c], l.Levels)
                : new Column(layout.Names[c], ColumnKind.Numeric, values[c]);
        }

        return new DataTable(_name, columns);
    }

    private float Parse(SepReader.Row row, int c, string name, NominalLevels? levels)
    {
        var text = row[c].Span;
        if (levels is null)
        {
            // "NaN" parses to NaN, which is how a missing value is held: it reads as missing, like "?" and "NA".
            if (NumberText.TryParse(text, out var number))
            {
                return float.IsInfinity(number)
                    ? throw new FileFormatException(_name, row.LineNumberFrom, null, $"column {NumberText.Format(c + 1)} ('{name}'): {NumberText.NotFinite(text)}")
                    : number;
            }

            if (NumberText.IsMissing(text))
            {
                return float.NaN;
            }

            throw new InputException($"{_name}: the file changed while it was being read");
        }

        if (NumberText.IsMissing(text))
        {
            return float.NaN;
        }

        var code = levels.GetOrAdd(text);
        if (code < 0)
        {
            throw new FileFormatException(_name, row.LineNumberFrom, null, $"more than {NumberText.Format(NominalLevels.MaxLevels)} distinct values in column {NumberText.Format(c + 1)}");
        }

        return code;
    }

    private static void SkipHeader(SepReader sep)
    {
        while (sep.MoveNext())
        {
            if (!IsBlank(sep.Current))
            {
                return;
            }
        }
    }
}
