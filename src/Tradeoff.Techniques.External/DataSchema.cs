using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.External;

/// <summary>One feature column as a brought model sees it: its name, whether it is nominal, and its levels.</summary>
internal sealed record SchemaColumn(string Name, bool Nominal, IReadOnlyList<string> Levels);

/// <summary>
/// The columns and classes a brought model was bound to or fitted on, without the rows: what a saved model needs to
/// read rows laid out as those features (level indices, NaN for missing) and to give the classes in the data's order.
/// </summary>
internal sealed record DataSchema(IReadOnlyList<SchemaColumn> Features, string Target, IReadOnlyList<string> Classes, TaskKind Task)
{
    public static DataSchema Of(Dataset data) => new(
        data.Features.Select(c => new SchemaColumn(c.Name, c.IsNominal, c.Levels)).ToList(),
        data.Target.Name,
        data.Task.IsClassification() ? data.Target.Levels : [],
        data.Task);

    /// <summary>Values per predicted row: the class count, or 1 for regression.</summary>
    public int OutputLength => Task.IsClassification() ? Classes.Count : 1;

    /// <summary>The text of feature <paramref name="column"/>'s value as a row of the data has it: the level, the number, or empty when missing.</summary>
    public string Text(int column, float value)
    {
        if (float.IsNaN(value))
        {
            return string.Empty;
        }

        var feature = Features[column];
        return feature.Nominal ? feature.Levels[(int)value] : value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write((int)Task);
        writer.Write(Target);
        WriteList(writer, Classes);
        writer.Write(Features.Count);
        foreach (var feature in Features)
        {
            writer.Write(feature.Name);
            writer.Write(feature.Nominal);
            WriteList(writer, feature.Levels);
        }
    }

    public static DataSchema Read(BinaryReader reader)
    {
        var task = (TaskKind)reader.ReadInt32();
        var target = reader.ReadString();
        var classes = ReadList(reader);
        var features = new SchemaColumn[reader.ReadInt32()];
        for (var i = 0; i < features.Length; i++)
        {
            features[i] = new SchemaColumn(reader.ReadString(), reader.ReadBoolean(), ReadList(reader));
        }

        return new DataSchema(features, target, classes, task);
    }

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> items)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            writer.Write(item);
        }
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var items = new string[reader.ReadInt32()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = reader.ReadString();
        }

        return items;
    }
}
