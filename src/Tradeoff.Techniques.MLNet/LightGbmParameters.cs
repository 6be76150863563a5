using System.Reflection;
using Microsoft.ML;

namespace Tradeoff.Techniques.MLNet;

/// <summary>
/// Hands LightGBM parameters that ML.NET's trainer options do not have (quantized gradients) to a LightGBM trainer.
/// </summary>
/// <remarks>
/// Hand-written because ML.NET 5 has no public way: its trainer keeps LightGBM's parameters in a non-public dictionary
/// (<c>LightGbmTrainerBase.GbmOptions</c>), filled from the options when the trainer is made and joined into LightGBM's
/// parameter string when it fits; an entry added between the two reaches LightGBM as it is. Found by reflection,
/// so an ML.NET version that renames the field fails here loudly rather than training without the parameter (and
/// the tests that a quantized fit differs from the full-precision one would fail too).
/// </remarks>
internal static class LightGbmParameters
{
    private const string FieldName = "GbmOptions";

    /// <summary>Adds <paramref name="parameters"/> (LightGBM's names, invariant-culture values) to the trainer's.</summary>
    public static TTrainer With<TTrainer>(TTrainer trainer, IReadOnlyDictionary<string, string> parameters)
        where TTrainer : class, IEstimator<ITransformer>
    {
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0)
        {
            return trainer;
        }

        var options = Options(trainer);
        foreach (var (name, value) in parameters)
        {
            options[name] = value;
        }

        return trainer;
    }

    /// <summary>The trainer's own dictionary of LightGBM parameters (a live reference, not a copy).</summary>
    internal static Dictionary<string, object> Options(object trainer)
    {
        for (var type = trainer.GetType(); type is not null; type = type.BaseType)
        {
            var field = type.GetField(FieldName, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
            if (field?.GetValue(trainer) is Dictionary<string, object> options)
            {
                return options;
            }
        }

        throw new InvalidOperationException(
            $"{trainer.GetType().Name} has no LightGBM parameter dictionary '{FieldName}': this ML.NET version cannot take LightGBM's quantized gradients.");
    }
}
