using nietras.SeparatedValues;

namespace Tradeoff.Core.Data.Loading;

internal sealed partial class CsvReader
{
    // Pass 1: names, a type per column (numeric while every present value parses), the row count. Keeps no text.
    private Layout Infer()
    {
        using var sep = OpenSep();
        var names = ReadHeader(sep);
        var numeric = new bool[names.Length];
        Array.Fill(numeric, true);
        var rows = 0;
        foreach (var row in sep)
        {
            if (IsBlank(row))
            {
                continue;
            }

            CheckQuotes(row, row.LineNumberFrom);
            CheckWidth(row, names.Length, rows + 1L);
            for (var c = 0; c < numeric.Length; c++)
            {
                if (numeric[c])
                {
                    var text = row[c].Span;
                    numeric[c] = NumberText.IsPlainNumber(text) || NumberText.IsMissing(text) || NumberText.TryParse(text, out _);
                }
            }

            if (rows == Array.MaxLength)
            {
                throw new FileFormatException(_name, row.LineNumberFrom, null, $"more than {NumberText.Format(Array.MaxLength)} rows");
            }

            rows++;
        }

        if (rows == 0)
        {
            throw new FileFormatException(_name, null, null, "the file has a header row but no data rows");
        }

        return new Layout(names, numeric, rows);
    }

    private string[] ReadHeader(SepReader sep)
    {
        SepReader.Row header = default;
        var found = false;
        var line = 0;
        while (sep.MoveNext())
        {
            // Counted here: Sep's LineNumberFrom is not reliable for the very first row.
            line++;
            header = sep.Current;
            if (!IsBlank(header))
            {
                found = true;
                break;
            }
        }

        if (!found)
        {
            throw new FileFormatException(_name, null, null, "the file is empty");
        }

        CheckQuotes(header, line);
        var names = new string[header.ColCount];
        for (var c = 0; c < names.Length; c++)
        {
            var name = header[c].ToString();
            // Tools such as pandas write an unnamed index column; give it a name rather than refuse the file.
            names[c] = name.Length > 0 ? name : $"column{NumberText.Format(c + 1)}";
        }

        if (ColumnNames.FindDuplicate(names) is var (first, second))
        {
            throw new FileFormatException(_name, line, null, ColumnNames.Describe(names[second], first, second));
        }

        return names;
    }
}
