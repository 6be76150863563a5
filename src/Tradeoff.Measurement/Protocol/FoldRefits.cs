using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Protocol;

/// <summary>The out-of-fold outputs of cross-validation, refitted when accuracy did not run (<see cref="ProbeNeeds.OutOfFold"/>).</summary>
internal static class FoldRefits
{
    /// <summary>
    /// The first repeat's cross-validation outputs: the same folds and fit seeds, and for a tuned technique the same
    /// nested procedure (the run's choice was made with every fold's test rows).
    /// </summary>
    public static float[] Outputs(TechniqueRun run, FitRunner runner)
    {
        var width = run.Train.OutputLength;
        var outputs = new float[run.Train.RowCount * width];
        foreach (var split in Splitter.Splits(run.Train, run.Protocol).Where(s => s.Repeat == 0))
        {
            run.Budget.Check();
            var (model, _) = runner.Fit(run.AccuracyTechnique ?? run.Technique, run.Train.Subset(split.Train), Seeds.Derive(run.Protocol.Spec.Seed, 2, 0, split.Fold), run.Budget.Token, detailed: false);
            using (model)
            {
                var predicted = AccuracyProbe.Predict(model, run.Train.Subset(split.Test));
                for (var i = 0; i < split.Test.Length; i++)
                {
                    predicted.AsSpan(i * width, width).CopyTo(outputs.AsSpan(split.Test[i] * width, width));
                }
            }
        }

        return outputs;
    }
}
