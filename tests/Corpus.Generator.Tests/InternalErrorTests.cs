using System.Collections.Immutable;
using Corpus.Extraction;
using Corpus.Extraction.Model;
using Corpus.Generator.Emit;
using Corpus.Generator.Pipeline;

namespace Corpus.Generator.Tests;

/// <summary>CORPUS999: a failure inside the generator becomes one diagnostic and code that still compiles.</summary>
public class InternalErrorTests
{
    [Fact]
    public void A_merge_failure_becomes_CORPUS999_and_an_empty_corpus_that_compiles()
    {
        var good = ArticleExtractor.Extract("corpus/a.txt", "Title\n\nA paragraph.\n");
        // A model no extraction produces (a paragraph without text) makes the merge throw.
        var broken = good with { Path = "corpus/b.txt", Paragraphs = new EquatableArray<ParagraphSpec>([new ParagraphSpec(null!, good.Paragraphs[0].Span)]) };
        var settings = new GeneratorSettings("TestProject", "Corpus", "internal", "/project/", 1000, EquatableArray<Diagnostics.DiagnosticInfo>.Empty);
        var results = ImmutableArray.Create(new ArticleResult("/project/corpus/a.txt", "A_a", good), new ArticleResult("/project/corpus/b.txt", "A_b", broken));

        var spec = CorpusStep.BuildSafely(results, settings, CancellationToken.None);

        var error = spec.Diagnostics.Single();
        error.Id.ShouldBe("CORPUS999");
        error.Location.ShouldBeNull();
        error.Arguments[0].ShouldStartWith("merging the corpus failed: NullReferenceException");
        spec.Articles.Count.ShouldBe(0);
        var compilation = Infrastructure.GeneratorHarness.CreateCompilation([.. CorpusEmitter.EmitAll(spec).Select(f => f.Text), RuntimeEmitter.Emit(settings), ArticleEmitter.Emit(settings, results[0])]);
        compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ShouldBeEmpty();
    }
}
