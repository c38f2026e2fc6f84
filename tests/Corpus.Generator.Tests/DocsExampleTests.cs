using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests;

/// <summary>The example of each docs/diagnostics page produces exactly the build output the page shows.</summary>
public class DocsExampleTests
{
    private static readonly Regex FileBlock = new("`(?<path>corpus/[^`]+\\.txt)`:\\s*```text\\n(?<text>.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex OutputLine = new(@"^corpus/\S+\(\d+,\d+\): (info|warning|error) CORPUS\d{3}: .*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static string Docs([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "docs", "diagnostics"));

    // Pages whose example needs project settings or files the harness cannot express (sizes, overrides).
    private static readonly string[] NeedsConfiguration = ["CORPUS009", "CORPUS011", "CORPUS013", "CORPUS014", "CORPUS999"];

    public static TheoryData<string> Pages => new(Directory.GetFiles(Docs(), "CORPUS*.md").Select(Path.GetFileNameWithoutExtension).Where(id => !NeedsConfiguration.Contains(id)).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Example_gives_the_documented_output(string id)
    {
        var page = File.ReadAllText(Path.Combine(Docs(), id + ".md")).Replace("\r\n", "\n");
        var example = page[page.IndexOf("## Example", StringComparison.Ordinal)..];
        example = example[..example.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var files = FileBlock.Matches(example).Select(m => TestCorpora.Small(m.Groups["path"].Value["corpus/".Length..], m.Groups["text"].Value)).ToList();
        files.ShouldNotBeEmpty();
        var expected = OutputLine.Matches(example).Select(m => m.Value).Where(l => l.Contains(" " + id + ":", StringComparison.Ordinal)).ToList();
        expected.ShouldNotBeEmpty();

        var run = GeneratorHarness.Run(files);
        var actual = run.AllDiagnostics.Where(d => d.Id == id).Select(d =>
        {
            var span = d.Location.GetLineSpan();
            var severity = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
            return $"{span.Path[GeneratorHarness.ProjectDir.Length..]}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }).Order(StringComparer.Ordinal).ToList();
        actual.ShouldBe(expected.Order(StringComparer.Ordinal).ToList());
    }
}
