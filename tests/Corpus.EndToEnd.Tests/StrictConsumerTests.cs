using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// A consumer with the strictest common settings: warnings as errors, all .NET analyzers, XML documentation
/// required, a public corpus, nullable and implicit usings off, and the oldest C# the package supports
/// (11: the generated code uses UTF-8 string literals). The generated code must build without a single
/// diagnostic of its own (the corpus is clean, so there are no findings either).
/// </summary>
public sealed class StrictConsumerTests(PackageFeedFixture feed)
{
    [Fact]
    public async Task Generated_code_builds_cleanly_under_strict_settings()
    {
        var project = ConsumerProject.Create(feed, "Strict", outputType: "Library")
            .Property("TreatWarningsAsErrors", "true")
            .Property("AnalysisLevel", "latest-all")
            .Property("GenerateDocumentationFile", "true")
            .Property("Nullable", "disable")
            .Property("ImplicitUsings", "disable")
            .Property("LangVersion", "11")
            .Property("CorpusVisibility", "public")
            .Article("corpus/clean.txt",
                "Title: A clean article",
                "Date: 2024-02-29",
                "Source: Example News",
                "The article has two paragraphs and nothing the generator would warn about.",
                "This is the second and last paragraph of the clean article.")
            .File("Titles.cs", """
                namespace Strict
                {
                    /// <summary>Uses the generated API from hand-written code.</summary>
                    public static class Titles
                    {
                        /// <summary>The title of the only article.</summary>
                        public static string First => Corpus.Articles.Clean.Title;
                    }
                }
                """);

        var build = await project.BuildAsync();

        build.Succeeded.ShouldBeTrue(build.ToString());
        build.Diagnostics.ShouldBeEmpty(build.ToString());
        File.Exists(Path.ChangeExtension(project.OutputAssembly, ".xml")).ShouldBeTrue(build.ToString());
    }
}
