namespace Tradeoff.Techniques.Trees;

/// <summary>
/// Gini impurity (terms are squared class counts: W * Gini = W - sum c^2 / W) and variance (the term is the squared
/// target sum: W * Var = sum y^2 - s^2 / W); both reduce to maximizing sum of terms / W over the children.
/// </summary>
internal readonly struct SquareImpurity : IImpurity
{
    public double Term(double statistic) => statistic * statistic;

    public double Score(double termsLeft, double termsRight, double weightLeft, double weightRight) =>
        (termsLeft / weightLeft) + (termsRight / weightRight);

    public double ParentScore(double terms, double weight) => terms / weight;
}
