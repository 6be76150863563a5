namespace Tradeoff.Core.Qualities;

/// <summary>A quality of the catalog: stable id, unit, direction, what it means, where it is measured and how.</summary>
/// <param name="Id">Stable kebab-case id, dotted for sub-qualities (<c>latency.p99</c>): the contract of study files, JSON and reports.</param>
/// <param name="Unit">The unit values are stored in (<c>fraction</c>, <c>s</c>, <c>us</c>, <c>B</c>, <c>rows/s</c>, <c>J</c>, <c>g</c>, <c>count</c>).</param>
/// <param name="Direction">Which way it improves.</param>
/// <param name="Description">One line for reports and <c>tradeoff qualities</c>.</param>
/// <param name="Group">The stage that measures it (<c>latency</c>, <c>robustness</c>): qualities measured together share it.</param>
/// <param name="Protocol">How it is measured, in one or two sentences; each value's own protocol line adds the run's figures.</param>
public sealed record QualityDescriptor(string Id, string Unit, Direction Direction, string Description, string Group = "", string Protocol = "");
