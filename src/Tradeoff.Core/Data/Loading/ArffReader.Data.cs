namespace Tradeoff.Core.Data.Loading;

internal sealed partial class ArffReader
{
    private void ReadData(TextReader text)
    {
        var row = new float[_attributes.Count];
        while (NextLine(text) is { } line)
        {
            var scanner = new ArffScanner(_name, _line, line);
            if (scanner.TryConsume('{'))
            {
                ReadSparse(scanner, row);
            }
            else
            {
                ReadDense(scanner, row);
            }

            for (var a = 0; a < row.Length; a++)
            {
                _attributes[a].Values.Add(row[a]);
            }

            _rows++;
        }
    }

    private void ReadDense(ArffScanner scanner, float[] row)
    {
        var count = 0;
        do
        {
            var value = scanner.ReadValue(",");
            if (count == row.Length)
            {
                // Weka allows an instance weight after the values: "1,2,yes,{0.5}".
                if (!value.Quoted && value.Text.StartsWith('{') && value.Text.EndsWith('}') && scanner.AtEnd)
                {
                    return;
                }

                throw scanner.Error(value.Column, $"this row has more than the {NumberText.Format(row.Length)} values the header declares");
            }

            row[count] = Parse(scanner, _attributes[count], value);
            count++;
        }
        while (scanner.TryConsume(','));

        if (!scanner.AtEnd)
        {
            throw scanner.Error(scanner.Column, "expected ',' between values");
        }

        if (count < row.Length)
        {
            throw scanner.Error(scanner.Column, $"this row has {NumberText.Format(count)} values, the header declares {NumberText.Format(row.Length)}");
        }
    }

    // Weka's sparse row "{3 1.5, 7 x}": an unlisted value is 0, which for a nominal attribute is its first level.
    private void ReadSparse(ArffScanner scanner, float[] row)
    {
        Array.Clear(row);
        if (!scanner.TryConsume('}'))
        {
            do
            {
                var index = scanner.ReadToken(",}");
                if (!int.TryParse(index.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var a) || a >= row.Length)
                {
                    throw scanner.Error(index.Column, $"'{index.Text}' is not an attribute index (0 to {NumberText.Format(row.Length - 1)})");
                }

                row[a] = Parse(scanner, _attributes[a], scanner.ReadValue(",}"));
            }
            while (scanner.TryConsume(','));

            if (!scanner.TryConsume('}'))
            {
                throw scanner.Error(scanner.Column, "expected ',' or '}' in a sparse row");
            }
        }

        if (scanner.TryConsume(',') && scanner.TryConsume('{'))
        {
            // An instance weight "{1 x}, {0.5}": ignored, like the dense form.
            scanner.ReadValue("}");
            scanner.TryConsume('}');
        }

        if (!scanner.AtEnd)
        {
            throw scanner.Error(scanner.Column, "unexpected text after a sparse row");
        }
    }

    private static float Parse(ArffScanner scanner, ArffAttribute attribute, ArffToken value)
    {
        if (value.IsMissing)
        {
            return float.NaN;
        }

        if (value.Text.Length == 0 && !value.Quoted)
        {
            throw scanner.Error(value.Column, $"empty value for attribute '{attribute.Name}' (write ? for a missing value)");
        }

        if (attribute.Levels is null)
        {
            if (!NumberText.TryParse(value.Text, out var number))
            {
                throw scanner.Error(value.Column, $"'{value.Text}' is not a number, but attribute '{attribute.Name}' is numeric");
            }

            // "NaN" parses to NaN, which is how a missing value is held: it reads as missing, like "?".
            return float.IsInfinity(number) ? throw scanner.Error(value.Column, $"attribute '{attribute.Name}': {NumberText.NotFinite(value.Text)}") : number;
        }

        return attribute.Levels.TryGet(value.Text, out var code)
            ? code
            : throw scanner.Error(value.Column, $"'{value.Text}' is not a level of attribute '{attribute.Name}' ({DescribeLevels(attribute.Levels)})");
    }

    private static string DescribeLevels(NominalLevels levels)
    {
        const int Shown = 10;
        var listed = string.Join(", ", levels.Levels.Take(Shown));
        return levels.Count > Shown ? $"{listed}, ... {NumberText.Format(levels.Count)} in all" : listed;
    }
}
