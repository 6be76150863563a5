using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.NaiveBayes;

internal sealed partial class NaiveBayesModel
{
    private const int FormatVersion = 1;

    // The statistics are saved, not the derived tables, so a loaded model can still be updated.
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Write(writer, NaiveBayesTechnique.TechniqueId, FormatVersion);
        writer.Write(Alpha);
        writer.Write(VarSmoothing);
        Statistics.Write(writer);
    }

    public static NaiveBayesModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Read(reader, NaiveBayesTechnique.TechniqueId, FormatVersion);
        var alpha = reader.ReadDouble();
        var varSmoothing = reader.ReadDouble();
        return new NaiveBayesModel(NaiveBayesStatistics.Read(reader), alpha, varSmoothing);
    }
}
