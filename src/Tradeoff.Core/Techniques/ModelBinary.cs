namespace Tradeoff.Core.Techniques;

/// <summary>The length-prefixed arrays every saved model writes (names, levels, indices, values), in one format: the count, then each item.</summary>
public static class ModelBinary
{
    /// <summary>Writes the count, then each string.</summary>
    public static void WriteStrings(this BinaryWriter writer, IReadOnlyList<string> values) => Write(writer, values, writer.Write);

    /// <summary>Reads what <see cref="WriteStrings"/> wrote.</summary>
    public static string[] ReadStrings(this BinaryReader reader) => Read(reader, reader.ReadString);

    /// <summary>Writes the count, then each integer.</summary>
    public static void WriteInts(this BinaryWriter writer, IReadOnlyList<int> values) => Write(writer, values, writer.Write);

    /// <summary>Reads what <see cref="WriteInts"/> wrote.</summary>
    public static int[] ReadInts(this BinaryReader reader) => Read(reader, reader.ReadInt32);

    /// <summary>Writes the count, then each single-precision number.</summary>
    public static void WriteFloats(this BinaryWriter writer, IReadOnlyList<float> values) => Write(writer, values, writer.Write);

    /// <summary>Reads what <see cref="WriteFloats"/> wrote.</summary>
    public static float[] ReadFloats(this BinaryReader reader) => Read(reader, reader.ReadSingle);

    /// <summary>Writes the count, then each double-precision number.</summary>
    public static void WriteDoubles(this BinaryWriter writer, IReadOnlyList<double> values) => Write(writer, values, writer.Write);

    /// <summary>Reads what <see cref="WriteDoubles"/> wrote.</summary>
    public static double[] ReadDoubles(this BinaryReader reader) => Read(reader, reader.ReadDouble);

    private static void Write<T>(BinaryWriter writer, IReadOnlyList<T> values, Action<T> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.Write(values.Count);
        foreach (var v in values)
        {
            write(v);
        }
    }

    private static T[] Read<T>(BinaryReader reader, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new T[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = read();
        }

        return values;
    }
}
