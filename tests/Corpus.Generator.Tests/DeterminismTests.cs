using System.Globalization;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>Same bytes whatever the order of the files, the culture or the path separator.</summary>
public class DeterminismTests
{
    private static string Everything(GeneratorRun run)
    {
        var sources = run.Result.Results.Single().GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => s.HintName + "\n" + s.SourceText);
        var diagnostics = run.AllDiagnostics
            .Select(d => d.ToString())
            .OrderBy(s => s, StringComparer.Ordinal);
        return string.Join("\n----\n", sources.Concat(diagnostics));
    }

    [Fact]
    public void Shuffled_files_and_another_culture_give_identical_output()
    {
        var baseline = Everything(GeneratorHarness.Run(TestCorpora.Seeds));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            var random = new Random(7);
            for (var i = 0; i < 3; i++)
            {
                var shuffled = TestCorpora.Seeds.OrderBy(_ => random.Next()).ToList();
                Everything(GeneratorHarness.Run(shuffled)).ShouldBe(baseline);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Windows_paths_give_the_same_generated_sources()
    {
        var unix = GeneratorHarness.Run(TestCorpora.Seeds).Result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        var windowsArticles = TestCorpora.Seeds.Select(a => a with { Path = @"C:\project\corpus\" + Path.GetFileName(a.Path) }).ToList();
        var driver = GeneratorHarness.CreateDriver(windowsArticles, new Dictionary<string, string> { ["ProjectDir"] = @"C:\project\" });
        var windows = GeneratorHarness.RunDriver(driver, GeneratorHarness.CreateCompilation([])).Result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        windows.ShouldBe(unix);
    }

    [Fact]
    public void Output_holds_no_machine_path()
    {
        var all = Everything(GeneratorHarness.Run(TestCorpora.Seeds));
        var sources = string.Join("\n", GeneratorHarness.Run(TestCorpora.Seeds).Result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        sources.ShouldNotContain(GeneratorHarness.ProjectDir);
        all.ShouldContain("corpus/");
    }
}
