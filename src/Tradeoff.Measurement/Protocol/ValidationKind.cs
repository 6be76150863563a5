namespace Tradeoff.Measurement.Protocol;

/// <summary>How predictive quality is estimated.</summary>
internal enum ValidationKind
{
    /// <summary>k-fold cross-validation, stratified by class for classification.</summary>
    KFold,

    /// <summary>One fold per row.</summary>
    LeaveOneOut,

    /// <summary>Fit on the training data, score on the given test set.</summary>
    TestSet,
}
