using Google.Protobuf;
using Onnx;

namespace Tradeoff.Export.Onnx;

/// <summary>
/// Builds one ONNX graph through the ONNX protobuf classes (OnnxSharp): nodes, constants, inputs and outputs, with
/// fresh names for intermediate values. Only the operators ONNX Runtime implements are used; the opsets are fixed here.
/// </summary>
internal sealed class OnnxGraph
{
    public const string MLDomain = "ai.onnx.ml";
    private const int DefaultOpset = 17;
    private const int MLOpset = 3;
    private readonly GraphProto _graph = new() { Name = "tradeoff" };
    private int _next;

    public const int FloatType = (int)TensorProto.Types.DataType.Float;
    public const int Int64Type = (int)TensorProto.Types.DataType.Int64;
    public const int StringType = (int)TensorProto.Types.DataType.String;

    /// <summary>A graph input of shape [N, width].</summary>
    public string Input(string name, int elementType, int width)
    {
        _graph.Input.Add(Value(name, elementType, width));
        return name;
    }

    /// <summary>Declares <paramref name="name"/> a graph output of shape [N, width] (width 0: [N]).</summary>
    public void Output(string name, int elementType, int width) => _graph.Output.Add(Value(name, elementType, width));

    /// <summary>Adds a node; returns its first output.</summary>
    public string Node(string op, IEnumerable<string> inputs, string? output = null, string domain = "", params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = op, Domain = domain, Name = Fresh(op) };
        node.Input.AddRange(inputs);
        var result = output ?? Fresh(op.ToLowerInvariant());
        node.Output.Add(result);
        node.Attribute.AddRange(attributes);
        _graph.Node.Add(node);
        return result;
    }

    public string Node(string op, params string[] inputs) => Node(op, inputs, null);

    public string Floats(float[] values, params long[] dims) => Constant(FloatType, dims, t => t.FloatData.AddRange(values));

    public string Float(float value) => Floats([value]);

    public string Doubles(double[] values, params long[] dims) => Constant((int)TensorProto.Types.DataType.Double, dims, t => t.DoubleData.AddRange(values));

    public string Int64s(long[] values, params long[] dims) => Constant(Int64Type, dims, t => t.Int64Data.AddRange(values));

    /// <summary>Columns <paramref name="start"/>..<paramref name="end"/> (exclusive) of an [N, W] value.</summary>
    public string Columns(string value, int start, int end) =>
        Node("Slice", value, Int64s([start], 1), Int64s([end], 1), Int64s([1], 1));

    /// <summary>The whole model, with its metadata.</summary>
    public ModelProto Model(IReadOnlyDictionary<string, string> metadata)
    {
        var model = new ModelProto
        {
            IrVersion = 8,
            ProducerName = "tradeoff",
            Graph = _graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = DefaultOpset });
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = MLDomain, Version = MLOpset });
        foreach (var (key, value) in metadata)
        {
            model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
        }

        return model;
    }

    public static AttributeProto Attribute(string name, long value) => new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    public static AttributeProto Attribute(string name, float value) => new() { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value };

    public static AttributeProto Attribute(string name, string value) => new() { Name = name, Type = AttributeProto.Types.AttributeType.String, S = ByteString.CopyFromUtf8(value) };

    public static AttributeProto Attribute(string name, IEnumerable<long> values)
    {
        var a = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        a.Ints.AddRange(values);
        return a;
    }

    public static AttributeProto Attribute(string name, IEnumerable<float> values)
    {
        var a = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Floats };
        a.Floats.AddRange(values);
        return a;
    }

    public static AttributeProto Attribute(string name, IEnumerable<string> values)
    {
        var a = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Strings };
        a.Strings.AddRange(values.Select(ByteString.CopyFromUtf8));
        return a;
    }

    private string Constant(int elementType, long[] dims, Action<TensorProto> fill)
    {
        var tensor = new TensorProto { Name = Fresh("const"), DataType = elementType };
        tensor.Dims.AddRange(dims);
        fill(tensor);
        _graph.Initializer.Add(tensor);
        return tensor.Name;
    }

    private string Fresh(string stem) => $"{stem}_{_next++}";

    private static ValueInfoProto Value(string name, int elementType, int width)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "N" });
        if (width > 0)
        {
            shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = width });
        }

        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = elementType, Shape = shape } },
        };
    }
}
