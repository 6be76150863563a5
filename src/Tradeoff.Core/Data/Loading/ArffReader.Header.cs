namespace Tradeoff.Core.Data.Loading;

internal sealed partial class ArffReader
{
    private void ReadHeader(TextReader text)
    {
        while (NextLine(text) is { } line)
        {
            var scanner = new ArffScanner(_name, _line, line);
            var keyword = scanner.ReadToken("{");
            switch (keyword.Text.ToUpperInvariant())
            {
                case "@RELATION":
                    scanner.Rest();
                    break;
                case "@ATTRIBUTE":
                    ReadAttribute(scanner);
                    break;
                case "@DATA":
                    if (_attributes.Count == 0)
                    {
                        throw scanner.Error(keyword.Column, "@data before any @attribute");
                    }

                    return;
                default:
                    throw scanner.Error(keyword.Column, $"expected @relation, @attribute or @data, found '{keyword.Text}'");
            }
        }

        throw new FileFormatException(_name, null, null, _attributes.Count == 0 ? "not an ARFF file: no @attribute and no @data section" : "no @data section");
    }

    private void ReadAttribute(ArffScanner scanner)
    {
        var name = scanner.ReadToken("{");
        if (name.Text.Length == 0)
        {
            throw scanner.Error(name.Column, "@attribute without a name");
        }

        var duplicate = _attributes.FindIndex(a => a.Name == name.Text);
        if (duplicate >= 0)
        {
            throw scanner.Error(name.Column, ColumnNames.Describe(name.Text, duplicate, _attributes.Count));
        }

        var typeColumn = scanner.Column;
        if (scanner.TryConsume('{'))
        {
            _attributes.Add(new ArffAttribute(name.Text, ReadLevels(scanner, name.Text)));
            return;
        }

        var type = scanner.ReadToken(string.Empty);
        switch (type.Text.ToUpperInvariant())
        {
            case "NUMERIC" or "REAL" or "INTEGER":
                _attributes.Add(new ArffAttribute(name.Text, null));
                return;
            case "STRING" or "DATE" or "RELATIONAL":
                throw scanner.Error(
                    type.Column,
                    $"attribute '{name.Text}' is of type {type.Text.ToLowerInvariant()}, which Tradeoff cannot use; remove it or declare it numeric or nominal {{a,b,c}}");
            default:
                throw scanner.Error(typeColumn, $"attribute '{name.Text}' has an unknown type '{type.Text}'; expected numeric, real, integer or {{a,b,c}}");
        }
    }

    private static NominalLevels ReadLevels(ArffScanner scanner, string attribute)
    {
        var levels = new NominalLevels();
        if (scanner.TryConsume('}'))
        {
            return levels;
        }

        do
        {
            var level = scanner.ReadValue(",}");
            var before = levels.Count;
            if (levels.GetOrAdd(level.Text) < before)
            {
                throw scanner.Error(level.Column, $"attribute '{attribute}' lists the level '{level.Text}' twice");
            }
        }
        while (scanner.TryConsume(','));

        if (!scanner.TryConsume('}'))
        {
            throw scanner.Error(scanner.Column, $"attribute '{attribute}': expected ',' or '}}' in its list of levels");
        }

        return levels;
    }
}
