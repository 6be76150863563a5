namespace Tradeoff.Measurement.Probes;

/// <summary>One fit of the learning curve: its training rows, score and costs.</summary>
internal sealed record CurvePoint(int Part, double Fraction, int Rows, double Score, double WallSeconds, long? PeakMemoryBytes, long SizeBytes);
