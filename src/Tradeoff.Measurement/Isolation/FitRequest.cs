namespace Tradeoff.Measurement.Isolation;

/// <summary>What a child process fits: written as JSON beside the data file (<see cref="Core.Data.DatasetFile"/>) it names.</summary>
internal sealed record FitRequest(string Technique, IReadOnlyDictionary<string, string> Settings, int Seed, int Threads, string Data);
