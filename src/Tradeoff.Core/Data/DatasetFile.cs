using System.Runtime.InteropServices;
using System.Text;

namespace Tradeoff.Core.Data;

/// <summary>
/// A <see cref="Dataset"/> as a file, exactly (every float bit-for-bit, levels, task, positive class), for handing
/// data to a fit in another process. The loaders' formats would not do: CSV rounds floats and re-infers types, and
/// a data set may be a fold or a featurized copy that no file holds. Little-endian, versioned, raw column arrays.
/// </summary>
public static class DatasetFile
{
    private const int Magic = 0x54445331; // "TDS1"

    /// <summary>Writes <paramref name="data"/> to <paramref name="stream"/>.</summary>
    public static void Write(Dataset data, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(data.Source);
        writer.Write((int)data.Task);
        writer.Write(data.PositiveClass);
        writer.Write(data.RowsWithoutTarget);
        writer.Write(data.FeatureCount);
        foreach (var column in data.Features.Append(data.Target))
        {
            writer.Write(column.Name);
            writer.Write((int)column.Kind);
            writer.Write(column.Levels.Count);
            foreach (var level in column.Levels)
            {
                writer.Write(level);
            }

            writer.Write(column.Length);
            writer.Write(MemoryMarshal.AsBytes(column.Values.AsSpan()));
        }
    }

    /// <summary>Reads a data set written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold one.</exception>
    public static Dataset Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("not a Tradeoff data set file");
        }

        var source = reader.ReadString();
        var task = (TaskKind)reader.ReadInt32();
        var positive = reader.ReadInt32();
        var withoutTarget = reader.ReadInt32();
        var features = new Column[reader.ReadInt32()];
        for (var f = 0; f < features.Length; f++)
        {
            features[f] = ReadColumn(reader);
        }

        return new Dataset(source, features, ReadColumn(reader), task, positive) { RowsWithoutTarget = withoutTarget };
    }

    private static Column ReadColumn(BinaryReader reader)
    {
        var name = reader.ReadString();
        var kind = (ColumnKind)reader.ReadInt32();
        var levels = new string[reader.ReadInt32()];
        for (var l = 0; l < levels.Length; l++)
        {
            levels[l] = reader.ReadString();
        }

        var values = new float[reader.ReadInt32()];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return new Column(name, kind, values, kind == ColumnKind.Nominal ? levels : null);
    }
}
