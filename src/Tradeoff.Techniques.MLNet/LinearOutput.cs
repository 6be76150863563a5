namespace Tradeoff.Techniques.MLNet;

/// <summary>How a linear model turns its scores into the output row.</summary>
internal enum LinearOutput
{
    /// <summary>One score through ML.NET's Platt calibrator: the probability of class 1 (logistic regression).</summary>
    Sigmoid,

    /// <summary>One score per class through softmax (maximum entropy).</summary>
    Softmax,

    /// <summary>The score itself (linear regression).</summary>
    Identity,
}
