using Tradeoff.Core;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;

namespace Tradeoff.Selection.Constraints;

/// <summary>
/// Parses constraints as written in study files:
/// <c>[not] CAPABILITY</c> or <c>QUALITY OP VALUE</c> where VALUE is <c>NUMBER[UNIT]</c> or
/// <c>NAME [(+|-) NUMBER[UNIT] | * NUMBER]</c> (see docs/SELECTION.md).
/// </summary>
/// <remarks>
/// Hand-written recursive descent rather than a parser library: the grammar has five rules, and by walking the
/// characters ourselves every error names the exact character (a parser combinator would need the same work
/// to report positions, plus a dependency the selection library otherwise does not have).
/// </remarks>
public static class ConstraintParser
{
    /// <summary>
    /// Parses one constraint. Errors throw <see cref="FileFormatException"/> naming <paramref name="file"/>, the
    /// constraint's line and the column of the offending character, e.g.
    /// <c>study.yaml:12:24: constraint 'model-size &lt;= 5kb': unknown unit 'kb' at character 17; known: ...</c>.
    /// </summary>
    /// <remarks>
    /// A constraint may name one of the study's <paramref name="declared"/> qualities, and one on an ordered scale may
    /// name a level as its limit (<c>engineering-effort &lt;= medium</c>).
    /// </remarks>
    public static Constraint Parse(ConstraintSpec spec, string file, IReadOnlyList<DeclaredQuality>? declared = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(file);
        return new ConstraintCursor(spec, file, declared ?? []).ParseConstraint();
    }

    /// <summary>Parses every constraint of a study, in order, with its <paramref name="declared"/> qualities.</summary>
    public static IReadOnlyList<Constraint> ParseAll(IEnumerable<ConstraintSpec> specs, string file, IReadOnlyList<DeclaredQuality>? declared = null)
    {
        ArgumentNullException.ThrowIfNull(specs);
        return specs.Select(s => Parse(s, file, declared)).ToList();
    }
}
