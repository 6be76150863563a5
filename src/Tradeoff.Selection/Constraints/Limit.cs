using System.Globalization;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection.Constraints;

/// <summary>
/// The right-hand side of a comparison: an absolute value (<see cref="Reference"/> null, the value is <see cref="Operand"/>)
/// or a value derived from another candidate's measurement (<c>baseline + 0.02</c>, <c>decision-tree * 2</c>).
/// Values are in the quality's catalog unit.
/// </summary>
/// <param name="Reference">The candidate referred to (<c>baseline</c> or a candidate id), or null for an absolute limit.</param>
/// <param name="Operation">How the operand combines with the referenced value.</param>
/// <param name="Operand">The absolute limit, or the operand of <paramref name="Operation"/>, in the quality's unit (a plain factor for <see cref="LimitOperation.Multiply"/>).</param>
public sealed record Limit(string? Reference, LimitOperation Operation, double Operand)
{
    /// <summary>The limit given the referenced value (ignored for an absolute limit).</summary>
    public double Resolve(double referenced) => Reference is null
        ? Operand
        : Operation switch
        {
            LimitOperation.Add => referenced + Operand,
            LimitOperation.Subtract => referenced - Operand,
            LimitOperation.Multiply => referenced * Operand,
            _ => referenced,
        };

    /// <summary>The limit in normal form, with <paramref name="unit"/> appended to values where the unit can be written in a constraint.</summary>
    public string Format(string unit)
    {
        var suffix = Units.IsWritable(unit) ? unit : string.Empty;
        string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        return (Reference, Operation) switch
        {
            (null, _) => OrderedScale.Name(Operand, unit) ?? Number(Operand) + suffix,
            (_, LimitOperation.Add) => $"{Reference} + {Number(Operand)}{suffix}",
            (_, LimitOperation.Subtract) => $"{Reference} - {Number(Operand)}{suffix}",
            (_, LimitOperation.Multiply) => $"{Reference} * {Number(Operand)}",
            _ => Reference,
        };
    }
}
