using System.Globalization;
using Tradeoff.Core;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection.Constraints;

/// <summary>The character level of <see cref="ConstraintCursor"/>: names, numbers, units and positioned errors.</summary>
internal sealed partial class ConstraintCursor
{
    private bool AtEnd => _position >= _text.Length;

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    private static bool IsUnitChar(char c) => char.IsLetter(c) || c is '%' or '/';

    private void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    // Names start with a letter so that '-0.5' stays a number; a '-' inside a name belongs to it (decision-tree).
    private string ReadName()
    {
        var start = _position;
        if (AtEnd || !char.IsAsciiLetter(_text[_position]))
        {
            return string.Empty;
        }

        while (!AtEnd && IsNameChar(_text[_position]))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private (double Value, int Start) ReadNumber()
    {
        var start = _position;
        if (!AtEnd && _text[_position] is '+' or '-')
        {
            _position++;
        }

        while (!AtEnd && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '.'))
        {
            _position++;
        }

        var exponentAt = _position;
        if (!AtEnd && _text[_position] is 'e' or 'E')
        {
            _position++;
            if (!AtEnd && _text[_position] is '+' or '-')
            {
                _position++;
            }

            var digitsAt = _position;
            while (!AtEnd && char.IsAsciiDigit(_text[_position]))
            {
                _position++;
            }

            if (_position == digitsAt)
            {
                _position = exponentAt;
            }
        }

        var slice = _text[start.._position];
        if (!double.TryParse(slice, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(start, $"expected a number at character {start + 1}, found '{Found(start)}'");
        }

        return (value, start);
    }

    // A number with an optional unit, converted to the quality's catalog unit.
    private double ReadQuantity(QualityDescriptor quality)
    {
        var (value, start) = ReadNumber();
        var afterNumber = _position;
        SkipSpaces();
        var unitStart = _position;
        while (!AtEnd && IsUnitChar(_text[_position]))
        {
            _position++;
        }

        string? symbol = null;
        if (_position == unitStart)
        {
            _position = afterNumber;
        }
        else
        {
            symbol = _text[unitStart.._position];
        }

        var at = symbol is null ? start : unitStart;
        return Units.ToCatalogUnit(value, symbol, quality, $" at character {at + 1}", out var problem) ?? throw Error(at, problem);
    }

    private double ReadFactor()
    {
        var (value, _) = ReadNumber();
        var afterNumber = _position;
        SkipSpaces();
        if (!AtEnd && IsUnitChar(_text[_position]))
        {
            throw Error(_position, $"a factor after '*' takes no unit (character {_position + 1})");
        }

        _position = afterNumber;
        return value;
    }

    private void ExpectEnd()
    {
        if (!AtEnd)
        {
            throw Error(_position, $"unexpected '{Found(_position)}' at character {_position + 1}");
        }
    }

    private string Found(int start)
    {
        var end = start;
        while (end < _text.Length && !char.IsWhiteSpace(_text[end]))
        {
            end++;
        }

        return _text[start..end];
    }

    // The column points at the offending character: the constraint's own column plus the offset into its text.
    private FileFormatException Error(int index, string problem) => new(
        _file,
        _spec.Line > 0 ? _spec.Line : null,
        _spec.Column > 0 ? _spec.Column + index : null,
        Printable.Escape($"constraint '{_text}': {problem}"));
}
