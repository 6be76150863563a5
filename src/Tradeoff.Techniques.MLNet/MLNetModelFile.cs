using Microsoft.ML;

namespace Tradeoff.Techniques.MLNet;

/// <summary>ML.NET's own model bytes inside a Tradeoff model file, length-prefixed.</summary>
internal static class MLNetModelFile
{
    /// <summary>Writes <paramref name="transformer"/> with the schema it was fitted on.</summary>
    /// <remarks>
    /// Length-prefixed because the model shares the stream with the featurizer before it, and ML.NET's loader
    /// reads its zip from a seekable stream of its own.
    /// </remarks>
    public static void Write(BinaryWriter writer, MLContext ml, ITransformer transformer, DataViewSchema schema)
    {
        using var buffer = new MemoryStream();
        ml.Model.Save(transformer, schema, buffer);
        writer.Write(checked((int)buffer.Length));
        writer.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a transformer that <see cref="Write"/> wrote.</summary>
    public static ITransformer Read(BinaryReader reader, MLContext ml, out DataViewSchema schema)
    {
        var length = reader.ReadInt32();
        var bytes = reader.ReadBytes(length);
        if (bytes.Length != length)
        {
            throw new InvalidDataException($"The ML.NET model is truncated: {bytes.Length} of {length} bytes.");
        }

        using var buffer = new MemoryStream(bytes, writable: false);
        return ml.Model.Load(buffer, out schema);
    }
}
