using Tradeoff.Core.Features;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// What a brought model's qualities say differently (docs/BRING-YOUR-OWN.md): a pre-trained model's training-side
/// qualities are "not applicable: pre-trained"; the size is the shipped file's or folder's; predictions that cross a
/// pipe say so beside latency and throughput, and the memory of another process is not passed off as measured.
/// </summary>
internal static class BroughtQualities
{
    private static readonly string[] TimedThroughPipe = [QualityIds.LatencyP50, QualityIds.LatencyP90, QualityIds.LatencyP99, QualityIds.LatencyMax, QualityIds.Throughput, QualityIds.EnergyPredict, QualityIds.CostPredict, QualityIds.ScaleDailyInferenceCost];
    private static readonly string[] InProcessMemory = [QualityIds.InferenceMemory, QualityIds.InferenceAllocated];

    /// <summary>
    /// Restates the qualities of <paramref name="run"/> a brought model measures differently; nothing for a built-in
    /// technique. Every probe ran as for any technique (a pre-trained model's refits only bind the file again, which
    /// costs little, and later probes read what earlier ones found: scale reads data-needs' curve); what they found
    /// of training is replaced here.
    /// </summary>
    public static void Apply(TechniqueRun run, Func<string, bool> wants)
    {
        if (run.Technique.Capabilities.Pretrained)
        {
            foreach (var id in TrainingSide.Ids.Where(wants))
            {
                run.Qualities[id] = QualityFactory.Unavailable(id, TrainingSide.NotApplicable);
            }
        }

        var model = run.Model is FeaturizedModel featurized ? featurized.Inner : run.Model;
        if (model is not IBroughtModel brought)
        {
            return;
        }

        if (run.Qualities.ContainsKey(QualityIds.ModelSize))
        {
            run.Qualities[QualityIds.ModelSize] = QualityFactory.Create(QualityIds.ModelSize, brought.StoredBytes, brought.StoredWhat) with { SampleCount = 1 };
        }

        if (run.Qualities.ContainsKey(QualityIds.Parameters))
        {
            run.Qualities[QualityIds.Parameters] = QualityFactory.Unavailable(QualityIds.Parameters, "not available: a brought model is measured from outside; its parameters are not read");
        }

        if (brought.PredictionPath is not { } path)
        {
            return;
        }

        foreach (var id in TimedThroughPipe.Where(run.Qualities.ContainsKey))
        {
            var value = run.Qualities[id];
            run.Qualities[id] = value with { Protocol = value.Protocol is null ? path : $"{value.Protocol}; {path}" };
        }

        foreach (var id in InProcessMemory.Where(run.Qualities.ContainsKey))
        {
            run.Qualities[id] = QualityFactory.Unavailable(id, "not available: the model predicts in the command's own process, whose memory is not sampled");
        }
    }
}
