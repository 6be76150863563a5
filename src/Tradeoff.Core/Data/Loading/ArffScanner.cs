using System.Text;

namespace Tradeoff.Core.Data.Loading;

/// <summary>
/// A cursor over one line of an ARFF file: whitespace, <c>%</c> comments, quoted and bare values. Hand-written
/// because no maintained .NET library reads ARFF; it follows Weka's reader (quotes ' or ", backslash escapes).
/// </summary>
internal sealed class ArffScanner
{
    private readonly string _file;
    private readonly int _line;
    private readonly string _text;
    private int _position;

    public ArffScanner(string file, int line, string text)
    {
        _file = file;
        _line = line;
        _text = text;
    }

    /// <summary>The 1-based column of the next character.</summary>
    public int Column => _position + 1;

    /// <summary>True when only whitespace or a comment is left.</summary>
    public bool AtEnd
    {
        get
        {
            SkipSpace();
            return _position >= _text.Length || _text[_position] == '%';
        }
    }

    /// <summary>The next non-blank character, or '\0' at the end.</summary>
    public char Peek()
    {
        SkipSpace();
        return AtEnd ? '\0' : _text[_position];
    }

    public bool TryConsume(char c)
    {
        if (Peek() != c)
        {
            return false;
        }

        _position++;
        return true;
    }

    /// <summary>Reads a bare token up to whitespace or one of <paramref name="stops"/>, or a quoted one.</summary>
    public ArffToken ReadToken(string stops) => ReadValue(stops, stopAtSpace: true);

    /// <summary>Reads a value up to one of <paramref name="stops"/> (trailing blanks removed), or a quoted one.</summary>
    public ArffToken ReadValue(string stops, bool stopAtSpace = false)
    {
        SkipSpace();
        var column = Column;
        if (_position < _text.Length && _text[_position] is '\'' or '"')
        {
            return new ArffToken(ReadQuoted(), true, column);
        }

        var start = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (stops.Contains(c, StringComparison.Ordinal) || c == '%' || (stopAtSpace && char.IsWhiteSpace(c)))
            {
                break;
            }

            _position++;
        }

        return new ArffToken(_text[start.._position].TrimEnd(), false, column);
    }

    /// <summary>The rest of the line, trimmed, without a trailing comment.</summary>
    public string Rest()
    {
        SkipSpace();
        var end = _text.IndexOf('%', _position);
        var rest = _text[_position..(end < 0 ? _text.Length : end)].TrimEnd();
        _position = _text.Length;
        return rest;
    }

    public FileFormatException Error(int column, string problem) => new(_file, _line, column, problem);

    private string ReadQuoted()
    {
        var quote = _text[_position];
        var column = Column;
        var value = new StringBuilder();
        _position++;
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == quote)
            {
                return value.ToString();
            }

            if (c == '\\' && _position < _text.Length)
            {
                c = Unescape(_text[_position++]);
            }

            value.Append(c);
        }

        throw Error(column, $"unterminated quote: no closing {quote} on this line");
    }

    private static char Unescape(char c) => c switch
    {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        _ => c,
    };

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }
}
