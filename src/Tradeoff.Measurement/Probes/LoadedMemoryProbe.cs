using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// inference-memory: what a serving process holds for the model. The saved model is loaded back with the
/// technique's Load and one row predicted (so lazily built state counts), while resident memory is sampled as
/// for train-memory; the value is the peak above the level before loading. Resident memory moves in pages and
/// the managed heap may already have room, so a model of a few kilobytes can show 0; the managed bytes the load
/// allocated are kept beside it. A failing load is reported as not available rather than failing the technique.
/// </summary>
internal static class LoadedMemoryProbe
{
    public static QualityValue Measure(ITechnique technique, IModel model, float[] row, ProbeContext context)
    {
        byte[] saved;
        using (var buffer = new MemoryStream())
        {
            model.Save(buffer);
            saved = buffer.ToArray();
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var sampler = MemorySampler.Start(context.Memory);
        var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        IModel loaded;
        try
        {
            using var stream = new MemoryStream(saved, writable: false);
            loaded = technique.Load(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            sampler.Stop();
            return QualityFactory.Unavailable(QualityIds.InferenceMemory, $"loading the saved model failed: {Failures.Describe(e)}");
        }

        using (loaded)
        {
            loaded.Predict(row, new float[loaded.OutputLength]);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated0;
            var peak = sampler.Stop();
            return MemoryResolution.Apply(QualityFactory.Create(QualityIds.InferenceMemory, peak, $"peak resident memory (sampled every {MemorySampler.Interval.TotalMilliseconds:0} ms) above the level before loading the {QualityFormat.Count(saved.Length)}-byte saved model and predicting one row; known to one page either way") with
            {
                SampleCount = 1,
                Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["load-allocated-bytes"] = allocated },
            });
        }
    }
}
