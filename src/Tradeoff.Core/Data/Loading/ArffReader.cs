namespace Tradeoff.Core.Data.Loading;

/// <summary>
/// Reads Weka's ARFF format: <c>@relation</c>, <c>@attribute</c> (numeric, real, integer or a nominal
/// <c>{a,b,c}</c>), <c>@data</c> with dense or sparse rows, <c>%</c> comments and <c>?</c> for missing values.
/// String, date and relational attributes are refused: Tradeoff has no featurization for them.
/// </summary>
internal sealed partial class ArffReader
{
    private readonly string _name;
    private readonly List<ArffAttribute> _attributes = [];
    private int _line;
    private int _rows;

    private ArffReader(string name)
    {
        _name = name;
    }

    /// <summary>Reads the ARFF text that <paramref name="open"/> returns (called twice: a sniff, then the read).</summary>
    /// <exception cref="InputException">The text is empty, binary or malformed.</exception>
    public static DataTable Read(Func<Stream> open, string name)
    {
        using (var stream = open())
        {
            TextSniffer.Check(stream, name);
        }

        using var text = new StreamReader(open(), TextSniffer.StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var reader = new ArffReader(name);
        try
        {
            reader.ReadHeader(text);
            reader.ReadData(text);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new InputException($"{name}: binary data, not UTF-8 text (an invalid byte after the first 64 KB)", e);
        }

        if (reader._rows == 0)
        {
            throw new FileFormatException(name, null, null, "the file has a header but no data rows");
        }

        return new DataTable(name, reader._attributes.Select(a => a.ToColumn()).ToArray());
    }

    // The next line that holds something other than blanks or a comment, or null at the end.
    private string? NextLine(TextReader text)
    {
        while (text.ReadLine() is { } line)
        {
            _line++;
            var trimmed = line.AsSpan().TrimStart();
            if (!trimmed.IsEmpty && trimmed[0] != '%')
            {
                return line;
            }
        }

        return null;
    }
}
