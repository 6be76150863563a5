using Tradeoff.Core;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Selection.Constraints;

/// <summary>One pass of <see cref="ConstraintParser"/> over one constraint: the grammar rules (this file) over the character reader (Reading.cs).</summary>
internal sealed partial class ConstraintCursor
{
    private readonly ConstraintSpec _spec;
    private readonly string _file;
    private readonly string _text;
    private readonly IReadOnlyList<DeclaredQuality> _declared;
    private int _position;

    public ConstraintCursor(ConstraintSpec spec, string file, IReadOnlyList<DeclaredQuality> declared)
    {
        _spec = spec;
        _file = file;
        _declared = declared;
        _text = spec.Text ?? string.Empty;
    }

    // constraint := 'not' NAME | NAME | QUALITY OP VALUE
    public Constraint ParseConstraint()
    {
        SkipSpaces();
        if (AtEnd)
        {
            throw Error(_position, "empty constraint; expected a capability (interpretable) or QUALITY OP VALUE (accuracy >= 0.8)");
        }

        var nameStart = _position;
        var name = ReadName();
        if (name.Length == 0)
        {
            throw Error(_position, $"expected a quality id or a capability at character {_position + 1}, found '{Found(_position)}'");
        }

        SkipSpaces();
        if (name == "not" && !AtEnd && char.IsAsciiLetter(_text[_position]))
        {
            var capabilityStart = _position;
            return Capability(ReadName(), capabilityStart, negated: true);
        }

        if (AtEnd && QualityCatalog.Find(name, _declared) is null)
        {
            return Capability(name, nameStart, negated: false);
        }

        return Comparison(name, nameStart);
    }

    private CapabilityConstraint Capability(string name, int start, bool negated)
    {
        if (!TechniqueCapabilities.KnownIds.Contains(name, StringComparer.Ordinal))
        {
            var hint = Suggestions.DidYouMean(name, TechniqueCapabilities.KnownIds.Concat(QualityIds));
            throw Error(start, $"unknown capability '{name}' at character {start + 1}{hint} (capabilities: {string.Join(", ", TechniqueCapabilities.KnownIds)})");
        }

        SkipSpaces();
        ExpectEnd();
        return new CapabilityConstraint { Capability = name, Negated = negated, Text = _text, File = _file, Line = _spec.Line, Column = _spec.Column };
    }

    private ComparisonConstraint Comparison(string quality, int qualityStart)
    {
        var descriptor = QualityCatalog.Find(quality, _declared);
        if (descriptor is null)
        {
            var hint = Suggestions.DidYouMean(quality, QualityIds.Concat(TechniqueCapabilities.KnownIds));
            throw Error(qualityStart, $"unknown quality '{quality}' at character {qualityStart + 1}{hint}");
        }

        if (AtEnd)
        {
            throw Error(_position, $"expected an operator (<=, <, >=, >, ==) after '{quality}' at character {_position + 1}");
        }

        var op = ReadOperator();
        SkipSpaces();
        var limit = ReadLimit(descriptor);
        SkipSpaces();
        ExpectEnd();
        return new ComparisonConstraint
        {
            Quality = quality,
            Unit = descriptor.Unit,
            Operator = op,
            Limit = limit,
            Text = _text,
            File = _file,
            Line = _spec.Line,
            Column = _spec.Column,
        };
    }

    private IEnumerable<string> QualityIds => QualityCatalog.Ids.Concat(_declared.Select(d => d.Id));

    // op := '<=' | '<' | '>=' | '>' | '=='
    private ComparisonOperator ReadOperator()
    {
        var start = _position;
        var two = start + 1 < _text.Length ? _text.Substring(start, 2) : string.Empty;
        (ComparisonOperator? op, var length) = two switch
        {
            "<=" => (ComparisonOperator.AtMost, 2),
            ">=" => (ComparisonOperator.AtLeast, 2),
            "==" => (ComparisonOperator.Equal, 2),
            _ => _text[start] switch
            {
                '<' => (ComparisonOperator.Below, 1),
                '>' => (ComparisonOperator.Above, 1),
                _ => ((ComparisonOperator?)null, 0),
            },
        };
        if (op is null)
        {
            var hint = _text[start] == '=' ? " (write '==' for equality)" : string.Empty;
            throw Error(start, $"expected an operator (<=, <, >=, >, ==) at character {start + 1}, found '{Found(start)}'{hint}");
        }

        _position += length;
        return op.Value;
    }

    // value := NUMBER [UNIT] | NAME [('+' | '-') NUMBER [UNIT] | '*' NUMBER]
    private Limit ReadLimit(QualityDescriptor quality)
    {
        if (AtEnd)
        {
            throw Error(_position, $"expected a number or a candidate name at character {_position + 1}, found the end");
        }

        if (!char.IsAsciiLetter(_text[_position]))
        {
            return new Limit(null, LimitOperation.None, ReadQuantity(quality));
        }

        var start = _position;
        var reference = ReadName();
        SkipSpaces();
        if (OrderedScale.Levels(quality.Unit) is { } levels)
        {
            // On an ordered scale the limit is a level, never another candidate's value: `<= medium`.
            var place = levels.ToList().IndexOf(reference);
            if (place < 0)
            {
                throw Error(start, $"'{reference}' at character {start + 1} is not a level of {quality.Id}; its levels: {string.Join(", ", levels)}");
            }

            return new Limit(null, LimitOperation.None, place);
        }

        if (AtEnd)
        {
            return new Limit(reference, LimitOperation.None, 0);
        }

        var operation = _text[_position] switch
        {
            '+' => LimitOperation.Add,
            '-' => LimitOperation.Subtract,
            '*' => LimitOperation.Multiply,
            _ => throw Error(_position, $"expected '+', '-' or '*' after '{reference}' at character {_position + 1}, found '{Found(_position)}'"),
        };
        _position++;
        SkipSpaces();
        var operand = operation == LimitOperation.Multiply ? ReadFactor() : ReadQuantity(quality);
        return new Limit(reference, operation, operand);
    }
}
