using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Export.Onnx;

namespace Tradeoff.Export.Prediction;

/// <summary>
/// An ONNX model in ONNX Runtime: each graph input is fed from the data file's column of that name (a float input
/// from a numeric column, a string input from the column's text, missing as an empty string).
/// </summary>
internal sealed class OnnxPredictor : IPredictor
{
    private readonly InferenceSession _session;
    private readonly string _path;

    public OnnxPredictor(string path)
    {
        _path = path;
        _session = new InferenceSession(path);
        var metadata = _session.ModelMetadata.CustomMetadataMap;
        var classification = _session.OutputMetadata.ContainsKey(OutputHeads.Probabilities);
        if (!classification && !_session.OutputMetadata.ContainsKey(OutputHeads.Value))
        {
            throw new InputException($"{path}: the ONNX model has neither a '{OutputHeads.Probabilities}' nor a '{OutputHeads.Value}' output; it was not exported by tradeoff export.");
        }

        Classes = classification
            ? (metadata.TryGetValue(OnnxExport.ClassesKey, out var classes) ? classes.Split('\n') : throw new InputException($"{path}: the ONNX model names no classes (metadata '{OnnxExport.ClassesKey}')."))
            : [];
        OutputLength = classification ? Classes.Count : 1;
    }

    public IReadOnlyList<string> Classes { get; }

    public int OutputLength { get; }

    public float[] Predict(DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.RowCount;
        var inputs = new List<NamedOnnxValue>();
        foreach (var (name, meta) in _session.InputMetadata)
        {
            var index = table.IndexOf(name);
            if (index < 0)
            {
                throw new InputException($"{table.Source}: column '{name}' that the model {_path} takes is absent.");
            }

            var column = table.Columns[index];
            if (meta.ElementDataType == TensorElementType.String)
            {
                var text = new string[rows];
                for (var r = 0; r < rows; r++)
                {
                    text[r] = float.IsNaN(column.Values[r]) ? string.Empty : column.Format(r);
                }

                inputs.Add(NamedOnnxValue.CreateFromTensor(name, new DenseTensor<string>(text, [rows, 1])));
            }
            else
            {
                if (column.IsNominal)
                {
                    var row = Array.FindIndex(column.Values, v => !float.IsNaN(v));
                    throw new InputException($"{table.Source}: column '{name}' holds text ('{(row < 0 ? "?" : column.Format(row))}' in row {row + 1}); the model {_path} takes numbers there.");
                }

                inputs.Add(NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>((float[])column.Values.Clone(), [rows, 1])));
            }
        }

        var output = Classes.Count > 0 ? OutputHeads.Probabilities : OutputHeads.Value;
        using var results = _session.Run(inputs, [output]);
        var values = results[0].AsTensor<float>().ToArray();
        return values.Length == rows * OutputLength
            ? values
            : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{_path}: the model gave {values.Length} values for {rows} rows of {OutputLength}."));
    }

    public void Dispose() => _session.Dispose();
}
