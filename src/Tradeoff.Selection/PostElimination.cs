using Tradeoff.Core.Qualities;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection;

/// <summary>
/// The second stage of elimination, after measuring: every comparison constraint gives a <see cref="Verdict"/>.
/// A missing value is INCONCLUSIVE ("not measured"), never a silent pass.
/// </summary>
public static class PostElimination
{
    /// <summary>
    /// The verdicts of <paramref name="candidate"/> for every comparison constraint, in order. Limits that refer to
    /// another candidate (<c>baseline + 0.02</c>) are resolved among <paramref name="all"/>.
    /// </summary>
    public static IReadOnlyList<Verdict> Evaluate(
        Candidate candidate,
        IReadOnlyList<Constraint> constraints,
        IReadOnlyList<Candidate> all,
        InconclusivePolicy policy = InconclusivePolicy.Keep)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(constraints);
        ArgumentNullException.ThrowIfNull(all);
        return constraints.OfType<ComparisonConstraint>().Select(c => Judge(candidate, c, all, policy)).ToList();
    }

    /// <summary>One line for an eliminating verdict: <c>latency.p99 &lt;= 1ms: 1.4 ms is above the limit 1 ms</c>.</summary>
    public static string Reason(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Outcome == Outcome.Inconclusive)
        {
            return $"{verdict.Constraint}: inconclusive, {verdict.Note}";
        }

        var value = QualityFormat.Value(verdict.Value ?? double.NaN, verdict.Unit);
        var limit = QualityFormat.Value(verdict.Limit ?? double.NaN, verdict.Unit);
        var side = verdict.Value > verdict.Limit ? "above" : verdict.Value < verdict.Limit ? "below" : "at";
        return $"{verdict.Constraint}: {value} is {side} the limit {limit}";
    }

    private static Verdict Judge(Candidate candidate, ComparisonConstraint constraint, IReadOnlyList<Candidate> all, InconclusivePolicy policy)
    {
        var (limit, derivation) = ResolveLimit(constraint, all);
        var measured = candidate.Qualities.GetValueOrDefault(constraint.Quality);
        var value = candidate.ValueOf(constraint.Quality);
        var inconclusiveEliminates = policy == InconclusivePolicy.Eliminate;
        if (double.IsNaN(value))
        {
            var why = measured?.NotAvailable is { } reason ? "not measured: " + reason : "not measured";
            return Make(null, null, null, Outcome.Inconclusive, inconclusiveEliminates, why);
        }

        var lower = Finite(measured!.Lower);
        var upper = Finite(measured.Upper);
        if (double.IsNaN(limit))
        {
            return Make(value, lower, upper, Outcome.Inconclusive, inconclusiveEliminates, $"limit not known: {derivation}");
        }

        var outcome = Decide(constraint, value, lower ?? value, upper ?? value, limit);
        var note = outcome == Outcome.Inconclusive
            ? $"interval [{QualityFormat.Value(lower ?? value, constraint.Unit)}, {QualityFormat.Value(upper ?? value, constraint.Unit)}] straddles the limit {QualityFormat.Value(limit, constraint.Unit)}"
            : null;
        var eliminates = outcome == Outcome.Fail || (outcome == Outcome.Inconclusive && inconclusiveEliminates);
        return Make(value, lower, upper, outcome, eliminates, note);

        Verdict Make(double? v, double? lo, double? hi, Outcome o, bool eliminates, string? why) => new(
            candidate.Id,
            constraint.Text,
            constraint.Quality,
            constraint.Operator,
            constraint.Unit,
            v,
            lo,
            hi,
            double.IsNaN(limit) ? null : limit,
            derivation,
            v is { } x && !double.IsNaN(limit) ? constraint.Margin(x, limit) : null,
            o,
            eliminates,
            why);
    }

    // The point value decides unless the interval reaches the other side of the limit.
    private static Outcome Decide(ComparisonConstraint constraint, double value, double lower, double upper, double limit)
    {
        var holds = constraint.Holds(value, limit);
        if (constraint.Operator == ComparisonOperator.Equal)
        {
            return holds ? Outcome.Pass : lower <= limit && limit <= upper ? Outcome.Inconclusive : Outcome.Fail;
        }

        var lowerHolds = constraint.Holds(lower, limit);
        var upperHolds = constraint.Holds(upper, limit);
        if (lowerHolds == upperHolds && lowerHolds == holds)
        {
            return holds ? Outcome.Pass : Outcome.Fail;
        }

        return Outcome.Inconclusive;
    }

    private static (double Limit, string Derivation) ResolveLimit(ComparisonConstraint constraint, IReadOnlyList<Candidate> all)
    {
        var limit = constraint.Limit;
        var unit = constraint.Unit;
        if (limit.Reference is null)
        {
            return (limit.Operand, QualityFormat.Value(limit.Operand, unit));
        }

        var reference = LimitResolver.Find(constraint, all);
        var referenced = reference.ValueOf(constraint.Quality);
        if (double.IsNaN(referenced))
        {
            return (double.NaN, $"{reference.Id} has no {constraint.Quality}");
        }

        var resolved = limit.Resolve(referenced);
        var head = $"{limit.Reference} {QualityFormat.Value(referenced, unit)}";
        var derivation = limit.Operation switch
        {
            LimitOperation.Add => $"{head} + {QualityFormat.Difference(limit.Operand, unit)}",
            LimitOperation.Subtract => $"{head} - {QualityFormat.Difference(limit.Operand, unit)}",
            LimitOperation.Multiply => $"{head} * {QualityFormat.Number(limit.Operand)}",
            _ => head,
        };
        return (resolved, limit.Operation == LimitOperation.None ? derivation : $"{derivation} = {QualityFormat.Value(resolved, unit)}");
    }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
