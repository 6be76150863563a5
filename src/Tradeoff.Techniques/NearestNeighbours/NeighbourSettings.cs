namespace Tradeoff.Techniques.NearestNeighbours;

/// <summary>The settings a model predicts with.</summary>
/// <param name="K">Neighbours that vote.</param>
/// <param name="Weighting">How they weigh.</param>
/// <param name="Threads">Threads of batch prediction, fixed at fit from the fit context so that timings compare.</param>
internal sealed record NeighbourSettings(int K, NeighbourWeighting Weighting, int Threads);
