namespace Tradeoff.Reporting.Plots;

/// <summary>One plot of a report: SVG text, or, when the document lacks its data, the sentence that says so.</summary>
/// <param name="Name">File name stem, safe on any file system (<c>pareto-accuracy-latency.p99</c>).</param>
/// <param name="Title">What it shows.</param>
/// <param name="Svg">The plot as a standalone SVG document; null when there is nothing to draw.</param>
/// <param name="Caption">How to read it, or why it is absent.</param>
public sealed record ReportPlot(string Name, string Title, string? Svg, string Caption);
