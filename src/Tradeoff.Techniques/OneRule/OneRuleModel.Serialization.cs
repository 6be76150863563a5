namespace Tradeoff.Techniques.OneRule;

internal sealed partial class OneRuleModel
{
    private const int FormatVersion = 1;

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        Tradeoff.Core.Techniques.ModelHeader.Write(writer, OneRuleTechnique.TechniqueId, FormatVersion);
        writer.Write(Schema.Attribute);
        writer.Write(Schema.IsNominal);
        WriteStrings(writer, Schema.Levels);
        WriteStrings(writer, Schema.Classes);
        writer.Write(_rule.Feature);
        writer.Write(_rule.Breakpoints.Length);
        foreach (var cut in _rule.Breakpoints)
        {
            writer.Write(cut);
        }

        writer.Write(_rule.BranchCounts.Length);
        foreach (var counts in _rule.BranchCounts)
        {
            WriteInts(writer, counts);
        }

        WriteInts(writer, _rule.MissingCounts);
        WriteInts(writer, ClassCounts);
    }

    /// <summary>Reads what <see cref="Save"/> wrote.</summary>
    public static OneRuleModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        Tradeoff.Core.Techniques.ModelHeader.Read(reader, OneRuleTechnique.TechniqueId, FormatVersion);
        var schema = new RuleSchema(reader.ReadString(), reader.ReadBoolean(), ReadStrings(reader), ReadStrings(reader));
        var feature = reader.ReadInt32();
        var cuts = new float[reader.ReadInt32()];
        for (var i = 0; i < cuts.Length; i++)
        {
            cuts[i] = reader.ReadSingle();
        }

        var branches = new int[reader.ReadInt32()][];
        for (var b = 0; b < branches.Length; b++)
        {
            branches[b] = ReadInts(reader);
        }

        var missing = ReadInts(reader);
        return new OneRuleModel(new RuleCandidate(feature, cuts, branches, missing), schema, ReadInts(reader));
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    private static void WriteInts(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    private static int[] ReadInts(BinaryReader reader)
    {
        var values = new int[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadInt32();
        }

        return values;
    }
}
