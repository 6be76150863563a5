using Spectre.Console.Testing;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Console;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Tests;

/// <summary>Every output says which techniques were measured before the run started, by which run and in which environment.</summary>
public sealed class ProvenanceReportTests
{
    private static readonly EnvironmentInfo Elsewhere = SampleDocument.Create().Environment with { Cpu = "Other CPU" };

    /// <summary>
    /// The sample run with provenance: baseline taken from r0001 (same environment), decision-tree from r0001 measured
    /// on another CPU, the others measured by this run (r0002).
    /// </summary>
    public static ResultsDocument Reused()
    {
        var sample = SampleDocument.Create();
        var started = sample.Environment.StartedAt;
        return sample with
        {
            Techniques = sample.Techniques.Select((t, i) => t with
            {
                MeasuredIn = i < 2
                    ? new MeasuredIn { RunId = "r0001", At = started.AddDays(-1), EnvironmentFingerprint = i == 0 ? sample.Environment.Fingerprint : Elsewhere.Fingerprint }
                    : new MeasuredIn { RunId = "r0002", At = started.AddSeconds(10 * i), EnvironmentFingerprint = sample.Environment.Fingerprint },
            }).ToList(),
        };
    }

    [Fact]
    public void The_Markdown_report_lists_the_techniques_measured_before_the_run_with_their_run_and_environment()
    {
        var document = Reused();

        var markdown = Render.Markdown(document);

        Assert.Contains(Provenance.Heading, markdown, StringComparison.Ordinal);
        Assert.Contains($"- baseline: measured by run r0001 at 2026-01-01 03:04:05Z, in this run's environment ({document.Environment.Fingerprint})", markdown, StringComparison.Ordinal);
        Assert.Contains($"- decision-tree: measured by run r0001 at 2026-01-01 03:04:05Z, in another environment ({Elsewhere.Fingerprint})", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("naive-bayes: measured by", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_HTML_report_lists_the_techniques_measured_before_the_run()
    {
        var html = Render.Html(Reused());

        Assert.Contains("id=\"provenance\"", html, StringComparison.Ordinal);
        Assert.Contains($"<li>decision-tree: measured by run r0001 at 2026-01-01 03:04:05Z, in another environment ({Elsewhere.Fingerprint})</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("naive-bayes: measured by", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_lists_the_techniques_measured_before_the_run()
    {
        var document = Reused();
        var console = new TestConsole().Width(250);

        OutcomeView.Render(console, new RunOutcome(new RunResult { Study = document.Study, Environment = document.Environment, Techniques = document.Techniques }, null, false), details: true);

        Assert.Contains(Provenance.Heading, console.Output, StringComparison.Ordinal);
        Assert.Contains($"decision-tree: measured by run r0001 at 2026-01-01 03:04:05Z, in another environment ({Elsewhere.Fingerprint})", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_output_lists_provenance_When_the_run_measured_everything_itself()
    {
        var document = SampleDocument.Create();
        var measuredNow = document with
        {
            Techniques = document.Techniques.Select(t => t with { MeasuredIn = new MeasuredIn { RunId = "r0002", At = document.Environment.StartedAt, EnvironmentFingerprint = document.Environment.Fingerprint } }).ToList(),
        };

        Assert.DoesNotContain(Provenance.Heading, Render.Markdown(measuredNow), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"provenance\"", Render.Html(measuredNow), StringComparison.Ordinal);
    }
}
