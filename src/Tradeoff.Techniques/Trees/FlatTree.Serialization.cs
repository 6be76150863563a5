using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

internal sealed partial class FlatTree
{
    public void Write(BinaryWriter writer)
    {
        writer.Write(OutputLength);
        writer.Write(Nodes.Length);
        for (var i = 0; i < Nodes.Length; i++)
        {
            var node = Nodes[i];
            writer.Write(node.Feature);
            writer.Write(node.Threshold);
            writer.Write(node.Next);
            writer.Write(node.Mask);
            writer.Write(node.Flags);
            writer.Write(Weights[i]);
            writer.Write(Gains[i]);
        }

        writer.WriteFloats(Values);

        writer.Write(Masks.Length);
        foreach (var m in Masks)
        {
            writer.Write(m);
        }
    }

    public static FlatTree Read(BinaryReader reader)
    {
        var outputLength = reader.ReadInt32();
        var count = reader.ReadInt32();
        var nodes = new TreeNode[count];
        var weights = new float[count];
        var gains = new float[count];
        for (var i = 0; i < count; i++)
        {
            nodes[i] = new TreeNode
            {
                Feature = reader.ReadInt32(),
                Threshold = reader.ReadSingle(),
                Next = reader.ReadInt32(),
                Mask = reader.ReadInt32(),
                Flags = reader.ReadByte(),
            };
            weights[i] = reader.ReadSingle();
            gains[i] = reader.ReadSingle();
        }

        var values = reader.ReadFloats();

        var masks = new uint[reader.ReadInt32()];
        for (var i = 0; i < masks.Length; i++)
        {
            masks[i] = reader.ReadUInt32();
        }

        return new FlatTree(nodes, values, masks, weights, gains, outputLength);
    }
}
