using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.NaiveBayes;

internal sealed partial class NaiveBayesStatistics
{
    public void Write(BinaryWriter writer)
    {
        writer.Write(Schema.Features.Length);
        for (var f = 0; f < Schema.Features.Length; f++)
        {
            writer.Write(Schema.Features[f]);
            writer.Write(Schema.Nominal[f]);
            writer.WriteStrings(Schema.Levels[f]);
        }

        writer.WriteStrings(Schema.Classes);
        foreach (var array in new[] { ClassRows, Count, Mean, Squares, LevelCounts })
        {
            foreach (var v in array)
            {
                writer.Write(v);
            }
        }
    }

    public static NaiveBayesStatistics Read(BinaryReader reader)
    {
        var featureCount = reader.ReadInt32();
        var names = new string[featureCount];
        var nominal = new bool[featureCount];
        var levels = new string[featureCount][];
        for (var f = 0; f < featureCount; f++)
        {
            names[f] = reader.ReadString();
            nominal[f] = reader.ReadBoolean();
            levels[f] = reader.ReadStrings();
        }

        var statistics = Empty(new NaiveBayesSchema(names, nominal, levels, reader.ReadStrings()));
        foreach (var array in new[] { statistics.ClassRows, statistics.Count, statistics.Mean, statistics.Squares, statistics.LevelCounts })
        {
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = reader.ReadDouble();
            }
        }

        return statistics;
    }
}
