namespace Tradeoff.Measurement.Protocol;

/// <summary>One train/test split of the protocol: the rows to fit on and the rows to score.</summary>
internal sealed record Split(int Repeat, int Fold, int[] Train, int[] Test);
