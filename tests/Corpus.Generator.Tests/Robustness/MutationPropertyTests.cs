using FsCheck;
using FsCheck.Fluent;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Robustness;

/// <summary>
/// Property: whatever damage real article text suffers, the generator reports no internal error, the
/// output compiles, and a second run gives identical bytes. CI runs a few hundred cases; set
/// CORPUS_PROPERTY_CASES (for example 5000) to run many more by hand.
/// </summary>
public class MutationPropertyTests(ITestOutputHelper output)
{
    private static readonly string[] Names = ["a.txt", "class.txt", "2 b.txt", "\u65B0\u95FB.txt", "dir/a.txt", "x.y.txt"];

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("CORPUS_PROPERTY_CASES"), out var n) && n > 0 ? n : 300;

    [Fact]
    public void Mutated_articles_never_break_the_build_and_generate_deterministically()
    {
        var sources = RealTexts.All;
        var gen =
            from count in Gen.Choose(1, 3)
            from picks in Gen.ArrayOf(Gen.Elements(sources.ToArray()), count)
            from texts in Gen.CollectToArray(picks, Mutations.Mutate)
            from names in Gen.Shuffle(Names)
            select texts.Select((t, i) => TestCorpora.Small(names[i], t)).ToArray();

        var checkedCases = 0;
        var property = Prop.ForAll(gen.ToArbitrary(), articles =>
        {
            checkedCases++;
            var first = GeneratorHarness.Run(articles);
            var internalErrors = first.AllDiagnostics.Where(d => d.Id == "CORPUS999").ToList();
            var compileErrors = first.CompileErrors.ToList();
            var second = GeneratorHarness.Run(articles.Reverse());
            var same = Sources(first).SequenceEqual(Sources(second));
            return internalErrors.Count == 0 && compileErrors.Count == 0 && same;
        });
        property.Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true));
        output.WriteLine($"{checkedCases} mutated corpora generated, compiled and compared");
    }

    private static IEnumerable<(string, string)> Sources(GeneratorRun run)
        => run.Result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => (s.HintName, s.SourceText.ToString()));
}
