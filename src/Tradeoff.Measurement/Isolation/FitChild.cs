using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Isolation;

/// <summary>
/// The child's side of <see cref="ChildProcessFits"/>: reads the request and the data, creates the technique as the
/// run does (from the catalog, featurized), says <c>ready RSS</c>, fits, says <c>done SECONDS PEAK</c>. A technique
/// that throws exits with <see cref="ChildProcessFits.FailedExitCode"/> and its message; a crash or a kill ends the
/// process, which is the point.
/// </summary>
public static class FitChild
{
    /// <summary>Runs the fit of <paramref name="requestPath"/>; returns the process's exit code.</summary>
    public static int Run(string requestPath, TechniqueCatalog catalog, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            // The threads of native libraries set as in the run's process, so the fit apart is the fit measured.
            Core.NativeLibraries.Configure();
            var request = JsonSerializer.Deserialize<FitRequest>(File.ReadAllText(requestPath))
                ?? throw new InvalidDataException($"{requestPath}: no fit request");
            Dataset data;
            using (var stream = File.OpenRead(request.Data))
            {
                data = DatasetFile.Read(stream);
            }

            var technique = FeaturizedTechnique.Wrap(catalog.Get(request.Technique).CreateChecked(new TechniqueSettings(request.Technique, request.Settings)));
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            // Loading the data may have peaked above the level the fit starts from: the mark restarts here, so the
            // peak reported is the fit's own (without /proc the parent's readings still bound it from below).
            HighWaterMark.ResetOwn();
            using var memory = new ProcResidentMemory();
            output.WriteLine($"ready {memory.ResidentBytes().ToString(CultureInfo.InvariantCulture)}");
            output.Flush();
            var start = Stopwatch.GetTimestamp();
            using var model = technique.Fit(data, new FitContext { Seed = request.Seed, Threads = request.Threads });
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            output.WriteLine($"done {seconds.ToString("R", CultureInfo.InvariantCulture)} {Peak(memory).ToString(CultureInfo.InvariantCulture)}");
            output.Flush();
            return 0;
        }
#pragma warning disable CA1031 // The child's one job is to report how the fit ended: any exception is the technique's failure.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine(Failures.Describe(e));
            error.Flush();
            return ChildProcessFits.FailedExitCode;
        }
    }

    private static long Peak(ProcResidentMemory memory) => Math.Max(HighWaterMark.Of("self"), memory.ResidentBytes());
}
