namespace Tradeoff.Techniques.NaiveBayes;

internal sealed partial class NaiveBayesModel
{
    // scikit-learn's GaussianNB floor: var-smoothing times the largest variance of a feature over all rows. The
    // overall moments come from merging the per-class ones, so an updated model gets the floor a full fit would.
    // When every feature is constant that product is 0; a fixed 1e-9 then keeps the variances positive.
    private static double Floor(NaiveBayesStatistics statistics, double varSmoothing)
    {
        var schema = statistics.Schema;
        var width = schema.NumericFeatures.Length;
        var largest = 0.0;
        for (var j = 0; j < width; j++)
        {
            double n = 0, mean = 0, squares = 0;
            for (var c = 0; c < schema.ClassCount; c++)
            {
                var slot = (c * width) + j;
                (n, mean, squares) = NaiveBayesStatistics.Merge(n, mean, squares, statistics.Count[slot], statistics.Mean[slot], statistics.Squares[slot]);
            }

            if (n > 0)
            {
                largest = Math.Max(largest, squares / n);
            }
        }

        var floor = varSmoothing * largest;
        return floor > 0 ? floor : 1e-9;
    }

    // log((count + alpha) / (present + alpha x levels)). A class that saw no value of the feature gets 0 for
    // every level, which leaves the feature neutral for it.
    private static double[] LevelTable(NaiveBayesStatistics statistics, double alpha)
    {
        var schema = statistics.Schema;
        var total = schema.TotalLevels;
        var table = new double[schema.ClassCount * total];
        for (var c = 0; c < schema.ClassCount; c++)
        {
            for (var k = 0; k < schema.NominalFeatures.Length; k++)
            {
                var levels = schema.Levels[schema.NominalFeatures[k]].Length;
                var start = (c * total) + schema.LevelOffsets[k];
                var present = 0.0;
                for (var l = 0; l < levels; l++)
                {
                    present += statistics.LevelCounts[start + l];
                }

                var denominator = present + (alpha * levels);
                for (var l = 0; l < levels; l++)
                {
                    table[start + l] = denominator > 0 ? Math.Log((statistics.LevelCounts[start + l] + alpha) / denominator) : 0;
                }
            }
        }

        return table;
    }
}
