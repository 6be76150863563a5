using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

/// <summary>The start of every saved tree model (one tree, a forest): the model header, the criterion, the schema.</summary>
internal static class TreeModelHeader
{
    public static void Write(BinaryWriter writer, string techniqueId, int formatVersion, SplitCriterion criterion, TreeSchema schema)
    {
        ModelHeader.Write(writer, techniqueId, formatVersion);
        writer.Write((int)criterion);
        schema.Write(writer);
    }

    public static (SplitCriterion Criterion, TreeSchema Schema) Read(BinaryReader reader, string techniqueId, int formatVersion)
    {
        ModelHeader.Read(reader, techniqueId, formatVersion);
        var criterion = (SplitCriterion)reader.ReadInt32();
        return (criterion, TreeSchema.Read(reader));
    }
}
