using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests;

/// <summary>Two projects that both use the generator, one referencing the other, must not clash (CS0436).</summary>
public class TwoProjectTests
{
    [Theory]
    [InlineData("public")]
    [InlineData("internal")]
    public void Referencing_project_compiles_without_type_conflicts(string visibility)
    {
        var properties = new Dictionary<string, string> { ["CorpusVisibility"] = visibility };
        var libraryDriver = GeneratorHarness.CreateDriver([TestCorpora.Small("lib.txt", TestCorpora.CouncilArticle)], new Dictionary<string, string>(properties) { ["RootNamespace"] = "Library" });
        var library = GeneratorHarness.RunDriver(libraryDriver, GeneratorHarness.CreateCompilation(["namespace Library; public static class Marker { }"], "Library"));
        library.CompileErrors.ShouldBeEmpty();

        using var stream = new MemoryStream();
        library.OutputCompilation.Emit(stream).Success.ShouldBeTrue();
        var reference = MetadataReference.CreateFromImage(stream.ToArray());

        var appSource = visibility == "public"
            ? "namespace App; static class Use { static int N => Corpus.Articles.Count + Library.Corpus.Articles.Count; }"
            : "namespace App; static class Use { static int N => Corpus.Articles.Count; }";
        var appDriver = GeneratorHarness.CreateDriver([TestCorpora.Small("app.txt", "App story\n\nThe app has its own article.\n")], new Dictionary<string, string>(properties) { ["RootNamespace"] = "App" });
        var app = GeneratorHarness.RunDriver(appDriver, GeneratorHarness.CreateCompilation([appSource], "App", [reference]));

        app.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
    }
}
