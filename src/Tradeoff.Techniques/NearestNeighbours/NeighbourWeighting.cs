namespace Tradeoff.Techniques.NearestNeighbours;

/// <summary>How the k nearest rows weigh in the vote or the mean.</summary>
internal enum NeighbourWeighting
{
    /// <summary>Every neighbour counts the same.</summary>
    Uniform,

    /// <summary>A neighbour counts 1 / distance; rows at distance 0, when there are any, decide alone.</summary>
    Distance,
}
