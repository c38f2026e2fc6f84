using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// What the generator benchmarks share: synthetic articles as additional texts, a one-file compilation and its
/// C# edit, and drivers over them (options as a consumer project's build would give them).
/// </summary>
internal static class BenchDriver
{
    public static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    public static ImmutableArray<AdditionalText> Texts(int articles) => Texts(SyntheticCorpus.NewsSized(articles));

    public static ImmutableArray<AdditionalText> Texts(IReadOnlyList<(string Name, string Text)> files)
        => files.Select(f => (AdditionalText)new BenchText("/project/corpus/" + f.Name, f.Text)).ToImmutableArray();

    /// <summary>The compilation and the same compilation after a one-token C# edit.</summary>
    public static (CSharpCompilation Original, CSharpCompilation Edited) Compilations()
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("namespace Bench; class A { int x = 1; }", Parse)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("namespace Bench; class A { int x = 2; }", Parse));
        return (compilation, edited);
    }

    public static GeneratorDriver Create(ISourceGenerator[] generators, ImmutableArray<AdditionalText> texts)
        => CSharpGeneratorDriver.Create(generators, texts, Parse, Options);

    public static readonly AnalyzerConfigOptionsProvider Options = new BenchOptions();

    public static AdditionalText WithText(AdditionalText original, string text) => new BenchText(original.Path, text);

    private sealed class BenchText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);
        public override string Path => path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class BenchOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Global = new(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench", ["build_property.ProjectDir"] = "/project/" });
        private static readonly Options None = new(new Dictionary<string, string>());
        public override AnalyzerConfigOptions GlobalOptions => Global;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var v);
                value = v!;
                return found;
            }
        }
    }
}
