using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.OneRule;

internal sealed partial class OneRuleModel
{
    private const int FormatVersion = 1;

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Write(writer, OneRuleTechnique.TechniqueId, FormatVersion);
        writer.Write(Schema.Attribute);
        writer.Write(Schema.IsNominal);
        writer.WriteStrings(Schema.Levels);
        writer.WriteStrings(Schema.Classes);
        writer.Write(_rule.Feature);
        writer.WriteFloats(_rule.Breakpoints);

        writer.Write(_rule.BranchCounts.Length);
        foreach (var counts in _rule.BranchCounts)
        {
            writer.WriteInts(counts);
        }

        writer.WriteInts(_rule.MissingCounts);
        writer.WriteInts(ClassCounts);
    }

    /// <summary>Reads what <see cref="Save"/> wrote.</summary>
    public static OneRuleModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Read(reader, OneRuleTechnique.TechniqueId, FormatVersion);
        var schema = new RuleSchema(reader.ReadString(), reader.ReadBoolean(), reader.ReadStrings(), reader.ReadStrings());
        var feature = reader.ReadInt32();
        var cuts = reader.ReadFloats();

        var branches = new int[reader.ReadInt32()][];
        for (var b = 0; b < branches.Length; b++)
        {
            branches[b] = reader.ReadInts();
        }

        var missing = reader.ReadInts();
        return new OneRuleModel(new RuleCandidate(feature, cuts, branches, missing), schema, reader.ReadInts());
    }
}
