using System.Xml.Linq;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// The README's install line matches what the CLI project packs. Packing itself (about 140 MB) is too slow for the
/// test run: scripts/install-tool.sh --check does it by hand, and docs/BENCHMARKS.md records its figures.
/// </summary>
public sealed class InstallToolTests
{
    [Fact]
    public void The_README_installs_the_package_the_CLI_project_packs_as_the_tradeoff_command()
    {
        var project = XDocument.Load(Path.Combine(Paths.Root, "src", "Tradeoff.Cli", "Tradeoff.Cli.csproj"));
        string Property(string name) => project.Descendants(name).Single().Value;
        var readme = File.ReadAllText(Path.Combine(Paths.Root, "README.md")).ReplaceLineEndings("\n");
        var script = File.ReadAllText(Path.Combine(Paths.Root, "scripts", "install-tool.sh"));

        Assert.Equal("true", Property("PackAsTool"));
        Assert.Equal("tradeoff", Property("ToolCommandName"));
        Assert.Equal("tradeoff", Property("AssemblyName"));
        var id = Property("PackageId");
        Assert.Contains($"dotnet pack src/Tradeoff.Cli -c Release -o artifacts/packages\ndotnet tool install --global --add-source artifacts/packages {id}\n", readme, StringComparison.Ordinal);
        Assert.Contains("~/.dotnet/tools", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet pack \"$root/src/Tradeoff.Cli\" -c Release -o \"$feed\"", script, StringComparison.Ordinal);
        Assert.Contains($"--add-source \"$feed\" {id}", script, StringComparison.Ordinal);
    }
}
