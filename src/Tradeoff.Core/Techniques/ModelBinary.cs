namespace Tradeoff.Core.Techniques;

/// <summary>The length-prefixed arrays every saved model writes (names, levels, indices), in one format.</summary>
public static class ModelBinary
{
    /// <summary>Writes the count, then each string.</summary>
    public static void WriteStrings(this BinaryWriter writer, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.Write(values.Count);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    /// <summary>Reads what <see cref="WriteStrings"/> wrote.</summary>
    public static string[] ReadStrings(this BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    /// <summary>Writes the count, then each integer.</summary>
    public static void WriteInts(this BinaryWriter writer, IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.Write(values.Count);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    /// <summary>Reads what <see cref="WriteInts"/> wrote.</summary>
    public static int[] ReadInts(this BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new int[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadInt32();
        }

        return values;
    }
}
