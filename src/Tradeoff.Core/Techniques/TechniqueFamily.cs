namespace Tradeoff.Core.Techniques;

/// <summary>
/// The kind of learning method a technique is, in the order the lecture presents them (simplest first): the order
/// of every catalog composed from the technique projects' registrations.
/// </summary>
public enum TechniqueFamily
{
    /// <summary>Ignores the features: the floor every technique must beat.</summary>
    Baseline,

    /// <summary>IF-THEN rules on the features (OneR).</summary>
    Rules,

    /// <summary>One decision tree.</summary>
    Trees,

    /// <summary>Many trees on resampled data, averaged (random forest).</summary>
    Ensembles,

    /// <summary>Trees added one after another, each fitting what the others miss.</summary>
    Boosting,

    /// <summary>A weighted sum of the features (logistic and linear regression).</summary>
    Linear,

    /// <summary>Class probabilities from per-feature distributions (naive Bayes).</summary>
    Probabilistic,

    /// <summary>Predicts from the stored training rows nearest the input.</summary>
    InstanceBased,

    /// <summary>Layers of learned units (multi-layer perceptron).</summary>
    Neural,

    /// <summary>None of the above: listed last.</summary>
    Other,
}
