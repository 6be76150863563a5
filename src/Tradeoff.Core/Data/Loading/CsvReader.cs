using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Tradeoff.Core.Data.Loading;

/// <summary>
/// Reads a delimited text file (CSV, TSV) with a header row into a <see cref="DataTable"/>, in two passes: the first
/// infers each column's type and counts the rows, the second fills arrays of exactly the right size. Memory stays
/// near the size of the numbers: no row is kept as text, and a nominal column keeps only its distinct levels.
/// </summary>
internal sealed partial class CsvReader
{
    private readonly Func<Stream> _open;
    private readonly string _name;
    private readonly char _separator;

    private CsvReader(Func<Stream> open, string name, char separator)
    {
        _open = open;
        _name = name;
        _separator = separator;
    }

    /// <summary>Reads the text that <paramref name="open"/> returns (called once per pass, each time from the start).</summary>
    /// <exception cref="InputException">The text is empty, binary or malformed.</exception>
    public static DataTable Read(Func<Stream> open, string name, char separator)
    {
        using (var stream = open())
        {
            TextSniffer.Check(stream, name);
        }

        var reader = new CsvReader(open, name, separator);
        try
        {
            var layout = reader.Infer();
            return reader.Fill(layout);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException($"{name}: binary data, not UTF-8 text (an invalid byte after the first 64 KB)", e);
        }
    }

    private SepReader OpenSep()
    {
        var text = new StreamReader(_open(), TextSniffer.StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return Sep.New(_separator).Reader(o => o with
        {
            // The header is read as a row so that duplicate or empty names get this reader's messages.
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
            // Spaces around a field go; spaces inside quotes are kept, since quoting them says they matter.
            Trim = SepTrim.Outer,
            CultureInfo = CultureInfo.InvariantCulture,
        }).From(text);
    }

    // A blank line (often the last one) carries no row. Reads the raw span, so call before any column access.
    private static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row.Span.IsWhiteSpace();

    // In well-formed text every row holds an even number of quotes; an odd count means Sep ran to the end of the
    // file inside a quoted field. Reads the raw span, so call before any column access (unescaping is in place).
    private void CheckQuotes(SepReader.Row row, int firstLine)
    {
        var span = row.Span;
        if (span.Count('"') % 2 == 0)
        {
            return;
        }

        // An odd count leaves the toggle open at the quote that never closed.
        var open = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '"')
            {
                open = open < 0 ? i : -1;
            }
        }

        var before = span[..open];
        var line = firstLine + before.Count('\n');
        var column = open - before.LastIndexOf('\n');
        throw new FileFormatException(_name, line, column, "unterminated quote: this quoted field runs to the end of the file");
    }

    private void CheckWidth(SepReader.Row row, int width, long dataRow)
    {
        if (row.ColCount != width)
        {
            throw new FileFormatException(
                _name,
                row.LineNumberFrom,
                null,
                $"row {NumberText.Format(dataRow)} has {NumberText.Format(row.ColCount)} fields, the header has {NumberText.Format(width)}");
        }
    }

    private sealed record Layout(string[] Names, bool[] Numeric, int Rows);
}
