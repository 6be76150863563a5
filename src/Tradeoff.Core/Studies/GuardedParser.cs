using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tradeoff.Core.Studies;

/// <summary>
/// Wraps YamlDotNet's parser for files others wrote. It bounds nesting, because the representation model
/// loads recursively and a file of ten thousand <c>[</c> would overflow the stack (an uncatchable crash);
/// and it remembers where the last good event ended, because YamlDotNet's scanner can fail with a bare
/// <see cref="InvalidOperationException"/> that carries no position (aaubry/YamlDotNet#541), and its loader
/// can refuse the event it was just given with a bare <see cref="ArgumentException"/>.
/// </summary>
internal sealed class GuardedParser : IParser
{
    /// <summary>A study needs four levels (techniques, an instance, a list setting); the rest is slack.</summary>
    internal const int MaxDepth = 32;

    private readonly Parser _inner;
    private int _depth;

    public GuardedParser(TextReader reader)
    {
        _inner = new Parser(reader);
    }

    public ParsingEvent? Current => _inner.Current;

    /// <summary>Where the last event read starts: the place to blame for a failure that carries none.</summary>
    public Mark LastRead { get; private set; } = new(0, 1, 1);

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        var current = _inner.Current!;
        LastRead = current.Start;
        switch (current)
        {
            case SequenceStart or MappingStart when ++_depth > MaxDepth:
                throw new YamlException(current.Start, current.End, $"nesting is deeper than {MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)} levels; a study file needs far fewer");
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
        }

        return true;
    }
}
