using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Planning;

/// <summary>
/// What the measurement plan needs to run a tuned technique's search as the run would: the technique, the settings the
/// study fixed (not searched) and the metric the search optimizes (<see cref="MeasurementEngine.TuningMetric"/>).
/// </summary>
public sealed record PlannedSearch(TechniqueDescriptor Descriptor, IReadOnlyDictionary<string, string> Fixed, string Metric);
