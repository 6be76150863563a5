using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Tradeoff.Core.Techniques;
using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.External.Onnx;

/// <summary>
/// A pre-trained ONNX model bound to the data's columns, scored by ONNX Runtime in this process (one intra-op thread,
/// so that a single-row latency compares with the built-in techniques'). Its output is the probability of each of the
/// data's classes (a label alone gives probability 1 to that class), or the predicted value.
/// </summary>
internal sealed class OnnxModel : IBroughtModel
{
    private readonly byte[] _bytes;
    private readonly InferenceSession _session;
    private readonly RunOptions _run = new();
    private readonly OnnxBinding _binding;
    private readonly DataSchema _schema;
    private readonly string _written;

    public OnnxModel(byte[] bytes, string written, DataSchema schema)
    {
        _bytes = bytes;
        _written = written;
        _schema = schema;
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        try
        {
            _session = new InferenceSession(bytes, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidDataException($"{written}: not an ONNX model ONNX Runtime can load: {FirstLine(e.Message)}", e);
        }

        try
        {
            _binding = OnnxBinding.Bind(_session, schema);
        }
        catch (InvalidDataException e)
        {
            _session.Dispose();
            throw new InvalidDataException($"{written}: {e.Message}", e);
        }
    }

    public int OutputLength => _schema.OutputLength;

    /// <summary>Not read: ONNX Runtime does not expose a graph's initializers.</summary>
    public long ParameterCount => 0;

    public long StoredBytes => _bytes.Length;

    public string StoredWhat => $"size of the ONNX file {_written} as brought";

    public string? PredictionPath => null;

    public void Predict(ReadOnlySpan<float> features, Span<float> output) => PredictBatch(features, 1, output);

    public void PredictBatch(ReadOnlySpan<float> rows, int rowCount, Span<float> output)
    {
        var width = _schema.Features.Count;
        var values = new List<OrtValue>(_binding.Inputs.Count);
        try
        {
            foreach (var input in _binding.Inputs)
            {
                values.Add(Input(input, rows, rowCount, width));
            }

            using var results = _session.Run(_run, _binding.Inputs.Select(i => i.Name).ToList(), values, _binding.Outputs);
            Read(results[0], rowCount, output);
        }
        finally
        {
            foreach (var value in values)
            {
                value.Dispose();
            }
        }
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(_written);
        _schema.Write(writer);
        writer.Write(_bytes.Length);
        writer.Write(_bytes);
    }

    public static OnnxModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var written = reader.ReadString();
        var schema = DataSchema.Read(reader);
        var bytes = reader.ReadBytes(reader.ReadInt32());
        return new OnnxModel(bytes, written, schema);
    }

    public void Dispose()
    {
        _session.Dispose();
        _run.Dispose();
    }

    private OrtValue Input(OnnxInput input, ReadOnlySpan<float> rows, int rowCount, int width)
    {
        if (input.WholeRow)
        {
            return OrtValue.CreateTensorValueFromMemory(rows[..(rowCount * width)].ToArray(), [rowCount, width]);
        }

        if (!input.Text)
        {
            var column = new float[rowCount];
            for (var r = 0; r < rowCount; r++)
            {
                column[r] = rows[(r * width) + input.Column];
            }

            return OrtValue.CreateTensorValueFromMemory(column, [rowCount, 1]);
        }

        var text = OrtValue.CreateTensorWithEmptyStrings(OrtAllocator.DefaultInstance, [rowCount, 1]);
        for (var r = 0; r < rowCount; r++)
        {
            text.StringTensorSetElementAt(_schema.Text(input.Column, rows[(r * width) + input.Column]).AsSpan(), r);
        }

        return text;
    }

    private void Read(OrtValue result, int rowCount, Span<float> output)
    {
        var length = OutputLength;
        if (!_schema.Task.IsClassification())
        {
            var values = result.GetTensorDataAsSpan<float>();
            var stride = values.Length / rowCount;
            for (var r = 0; r < rowCount; r++)
            {
                output[r] = values[r * stride];
            }

            return;
        }

        output[..(rowCount * length)].Clear();
        if (_binding.Probabilities is not null)
        {
            var probabilities = result.GetTensorDataAsSpan<float>();
            var classes = _binding.ClassOrder.Length;
            for (var r = 0; r < rowCount; r++)
            {
                for (var c = 0; c < classes; c++)
                {
                    output[(r * length) + _binding.ClassOrder[c]] = probabilities[(r * classes) + c];
                }
            }

            return;
        }

        for (var r = 0; r < rowCount; r++)
        {
            output[(r * length) + ClassOf(result, r)] = 1f;
        }
    }

    private int ClassOf(OrtValue labels, int row)
    {
        if (labels.GetTensorTypeAndShape().ElementDataType == TensorElementType.String)
        {
            var name = labels.GetStringElement(row);
            var index = _schema.Classes.ToList().IndexOf(name);
            return index >= 0 ? index : throw new InvalidDataException($"{_written}: predicted label '{name}' is not a class of '{_schema.Target}'");
        }

        var label = labels.GetTensorDataAsSpan<long>()[row];
        return label >= 0 && label < _binding.ClassOrder.Length
            ? _binding.ClassOrder[label]
            : throw new InvalidDataException($"{_written}: predicted label {label} is not a class index of the model's {_binding.ClassOrder.Length} classes");
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
