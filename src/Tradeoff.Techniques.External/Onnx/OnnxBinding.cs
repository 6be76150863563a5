using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.External.Onnx;

/// <summary>One graph input and the data column(s) it takes: a float [N,1] or string [N,1] per column, or the whole numeric row as float [N,F].</summary>
internal sealed record OnnxInput(string Name, int Column, bool Text, bool WholeRow);

/// <summary>
/// How an ONNX model's graph meets the data (docs/BRING-YOUR-OWN.md): each input is matched to the feature column of
/// its name (float for a numeric column, string for a nominal one), or a single float input [N,F] takes the row of
/// the F numeric features in the data's order; the outputs give a label (string or int64), probabilities (float
/// [N,C], classes in the order of the model's <c>classes</c> metadata, else the data's), or a value for regression.
/// </summary>
internal sealed class OnnxBinding
{
    private const string ClassesKey = "classes";

    private OnnxBinding(IReadOnlyList<OnnxInput> inputs, string? label, string? probabilities, int[] classOrder)
    {
        Inputs = inputs;
        Label = label;
        Probabilities = probabilities;
        ClassOrder = classOrder;
    }

    public IReadOnlyList<OnnxInput> Inputs { get; }

    /// <summary>The label (or, for regression, the value) output; null when only probabilities are read.</summary>
    public string? Label { get; }

    /// <summary>The float probabilities output, or null.</summary>
    public string? Probabilities { get; }

    /// <summary>For each of the model's classes (its probability columns, its int64 labels), the data's class index.</summary>
    public int[] ClassOrder { get; }

    /// <summary>The names of the outputs read.</summary>
    public IReadOnlyList<string> Outputs => new[] { Label, Probabilities }.OfType<string>().ToList();

    /// <summary>Binds <paramref name="session"/> to <paramref name="schema"/>; a mismatch throws <see cref="InvalidDataException"/> naming the inputs or outputs at fault.</summary>
    public static OnnxBinding Bind(InferenceSession session, DataSchema schema)
    {
        var inputs = BindInputs(session.InputMetadata, schema);
        var metadata = session.ModelMetadata.CustomMetadataMap;
        var modelClasses = metadata.TryGetValue(ClassesKey, out var listed) ? listed.Split(',') : [.. schema.Classes];
        var outputs = session.OutputMetadata;
        if (!schema.Task.IsClassification())
        {
            var value = outputs.FirstOrDefault(o => o.Value.IsTensor && o.Value.ElementDataType == TensorElementType.Float).Key
                ?? throw new InvalidDataException($"no float output gives the predicted value (outputs: {Describe(outputs)})");
            return new OnnxBinding(inputs, value, null, []);
        }

        var unknown = modelClasses.Where(c => !schema.Classes.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"the model's class(es) {string.Join(", ", unknown)} are not classes of '{schema.Target}' ({string.Join(", ", schema.Classes)})");
        }

        var order = modelClasses.Select(c => schema.Classes.ToList().IndexOf(c)).ToArray();
        var label = outputs.FirstOrDefault(o => o.Value.IsTensor && o.Value.ElementDataType is TensorElementType.String or TensorElementType.Int64).Key;
        var probabilities = outputs.FirstOrDefault(o => o.Value.IsTensor && o.Value.ElementDataType == TensorElementType.Float && o.Value.Dimensions.Length == 2 && o.Value.Dimensions[1] == modelClasses.Length).Key;
        if (label is null && probabilities is null)
        {
            throw new InvalidDataException($"no output gives a label (string or int64 tensor) or {modelClasses.Length} class probabilities (float [N,{modelClasses.Length}]); outputs: {Describe(outputs)} (a ZipMap output is not read: convert with zipmap=False)");
        }

        return new OnnxBinding(inputs, probabilities is null ? label : null, probabilities, order);
    }

    private static List<OnnxInput> BindInputs(IReadOnlyDictionary<string, NodeMetadata> metadata, DataSchema schema)
    {
        var byName = schema.Features.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        if (metadata.Count == 1 && metadata.First() is var (single, only) && !byName.ContainsKey(single))
        {
            return [WholeRow(single, only, schema)];
        }

        var inputs = new List<OnnxInput>();
        var unmatched = new List<string>();
        var mistyped = new List<string>();
        foreach (var (name, node) in metadata)
        {
            if (!byName.TryGetValue(name, out var column))
            {
                unmatched.Add(name);
                continue;
            }

            var nominal = schema.Features[column].Nominal;
            var type = node.IsTensor ? node.ElementDataType : TensorElementType.DataTypeMax;
            if (type == TensorElementType.String || (type == TensorElementType.Float && !nominal))
            {
                inputs.Add(new OnnxInput(name, column, type == TensorElementType.String, WholeRow: false));
            }
            else
            {
                mistyped.Add($"'{name}' is {(node.IsTensor ? type.ToString().ToLowerInvariant() : node.OnnxValueType.ToString())} but column '{name}' is {(nominal ? "nominal (give it a string input)" : "numeric (give it a float input)")}");
            }
        }

        if (unmatched.Count > 0)
        {
            throw new InvalidDataException($"the model's input(s) {string.Join(", ", unmatched.Select(n => $"'{n}'"))} match no feature column of the data ({string.Join(", ", schema.Features.Select(f => f.Name))})");
        }

        return mistyped.Count > 0 ? throw new InvalidDataException("input " + string.Join("; input ", mistyped)) : inputs;
    }

    private static OnnxInput WholeRow(string name, NodeMetadata node, DataSchema schema)
    {
        var width = node.IsTensor && node.Dimensions.Length == 2 ? node.Dimensions[1] : -1;
        if (!node.IsTensor || node.ElementDataType != TensorElementType.Float || width != schema.Features.Count || schema.Features.Any(f => f.Nominal))
        {
            throw new InvalidDataException(
                $"the model's only input '{name}' matches no feature column by name, and is not a float [N,{schema.Features.Count}] row of the data's {schema.Features.Count} feature(s) all numeric");
        }

        return new OnnxInput(name, -1, Text: false, WholeRow: true);
    }

    private static string Describe(IReadOnlyDictionary<string, NodeMetadata> outputs) =>
        string.Join(", ", outputs.Select(o => o.Value.IsTensor ? $"{o.Key} ({o.Value.ElementDataType.ToString().ToLowerInvariant()} [{string.Join(",", o.Value.Dimensions)}])" : $"{o.Key} ({o.Value.OnnxValueType})"));
}
