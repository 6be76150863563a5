using System.Globalization;
using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement;

/// <summary>The protocol of a study in one line, for reports (<c>stratified 10-fold cross-validation, seed 42</c>).</summary>
public static class ProtocolDescription
{
    /// <summary>
    /// Describes how predictive quality is estimated for <paramref name="train"/> (and <paramref name="test"/> when
    /// given) under <paramref name="protocol"/>, with the defaults resolved as the engine resolves them.
    /// </summary>
    public static string Describe(ProtocolSpec protocol, Dataset train, Dataset? test)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(train);
        var resolved = ResolvedProtocol.Resolve(protocol, train, test);
        if (resolved.Kind == ValidationKind.TestSet)
        {
            return $"fit on the {QualityFormat.Count(train.RowCount)} training rows, scored on the {QualityFormat.Count(test!.RowCount)}-row test set, seed {protocol.Seed.ToString(CultureInfo.InvariantCulture)}{Quick(protocol)}";
        }

        return Describe(resolved, train);
    }

    internal static string Describe(ResolvedProtocol resolved, Dataset train)
    {
        var seed = resolved.Spec.Seed.ToString(CultureInfo.InvariantCulture);
        var text = resolved.Kind switch
        {
            ValidationKind.LeaveOneOut => $"leave-one-out cross-validation ({QualityFormat.Count(train.RowCount)} folds)",
            ValidationKind.TestSet => "held-out test set",
            _ => $"{(resolved.Stratified ? "stratified" : "shuffled")} {QualityFormat.Count(resolved.Folds)}-fold cross-validation",
        };
        if (resolved.Repeats > 1)
        {
            text += $" repeated {QualityFormat.Count(resolved.Repeats)} times";
        }

        return $"{text}, seed {seed}{Quick(resolved.Spec)}";
    }

    private static string Quick(ProtocolSpec spec) => spec.Quick ? " (quick)" : "";
}
