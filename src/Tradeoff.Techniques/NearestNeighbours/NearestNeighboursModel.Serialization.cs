using System.Runtime.InteropServices;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.NearestNeighbours;

internal sealed partial class NearestNeighboursModel
{
    private const int FormatVersion = 1;

    // The matrix is written as raw little-endian bytes in one call: value by value through BinaryWriter would
    // cost seconds for a Fashion-MNIST-sized model.
    public void Save(Stream stream)
    {
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ModelHeader.Write(writer, NearestNeighboursTechnique.TechniqueId, FormatVersion);
            writer.Write(Settings.K);
            writer.Write((int)Settings.Weighting);
            writer.Write(Settings.Threads);
            writer.Write(_classes);
            writer.Write(Width);
            writer.Write(_targets.Length);
        }

        stream.Write(MemoryMarshal.AsBytes(_rows.AsSpan()));
        stream.Write(MemoryMarshal.AsBytes(_targets.AsSpan()));
    }

    public static NearestNeighboursModel Read(Stream stream)
    {
        int k, weighting, threads, classes, width, count;
        using (var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ModelHeader.Read(reader, NearestNeighboursTechnique.TechniqueId, FormatVersion);
            (k, weighting, threads, classes, width, count) =
                (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        }

        if (!Enum.IsDefined((NeighbourWeighting)weighting) || k < 1 || width < 0 || count < 0)
        {
            throw new InvalidDataException("Corrupt k-nearest-neighbours model header.");
        }

        var rows = new float[(long)count * width];
        var targets = new float[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(rows.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(targets.AsSpan()));
        return new NearestNeighboursModel(rows, targets, width, classes, new NeighbourSettings(k, (NeighbourWeighting)weighting, threads));
    }
}
