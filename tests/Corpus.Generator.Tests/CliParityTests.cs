using System.Text.RegularExpressions;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests;

/// <summary>`corpus check` reports the same findings, with the same IDs and locations, as a build.</summary>
public class CliParityTests
{
    private static readonly Regex Line = new(@"^(?<path>.+)\((?<line>\d+),(?<col>\d+)\): (?<sev>\w+) (?<id>CORPUS\d+): (?<msg>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex SeedPath = new(@"\S*?([^/\s]+\.txt)", RegexOptions.CultureInvariant);

    [Fact]
    public void Check_and_build_report_the_same_diagnostics_for_the_seeds()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");
        var stdout = new StringWriter();
        Corpus.Cli.CliApp.Run(["check", seeds], stdout, new StringWriter());
        var fromCli = stdout.ToString().Split('\n')
            .Select(l => Line.Match(l.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => $"{Path.GetFileName(m.Groups["path"].Value)}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["sev"].Value} {m.Groups["id"].Value}: {SeedPath.Replace(m.Groups["msg"].Value, "$1")}")
            .Order(StringComparer.Ordinal)
            .ToList();

        var run = GeneratorHarness.Run(TestCorpora.Seeds);
        var fromBuild = run.AllDiagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var severity = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", DiagnosticSeverity.Info => "info", _ => "hidden" };
                var message = SeedPath.Replace(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), "$1");
                return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) {severity} {d.Id}: {message}";
            })
            .Order(StringComparer.Ordinal)
            .ToList();

        fromCli.ShouldNotBeEmpty();
        fromCli.ShouldBe(fromBuild);
    }
}
