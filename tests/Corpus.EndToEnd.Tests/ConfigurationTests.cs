using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The MSBuild knobs of the package, set in a consumer's project file: the program only compiles if the
/// generated API follows CorpusNamespace, CorpusClassName and CorpusVisibility, and prints what
/// CorpusInclude and the CorpusTitle item metadata selected.
/// </summary>
public sealed class ConfigurationTests(ConfigurationTests.ConfiguredConsumer consumer)
    : IClassFixture<ConfigurationTests.ConfiguredConsumer>
{
    public sealed class ConfiguredConsumer(PackageFeedFixture feed) : BuiltConsumer(feed)
    {
        protected override ConsumerProject CreateProject()
            => ConsumerProject.Create(Feed, "Configured")
                .Property("CorpusNamespace", "Acme.Press.Data")
                .Property("CorpusClassName", "Archive")
                .Property("CorpusVisibility", "public")
                .Property("CorpusInclude", "articles/**/*.txt")
                // The package's props add the AdditionalFiles before the project body, so Update reaches them.
                .Item("""<AdditionalFiles Update="articles/budget.txt" CorpusTitle="Budget deal reached after all-night talks" CorpusDate="2023-03-09" CorpusSource="Press Wire" />""")
                .Item("""<AdditionalFiles Update="articles/2023/election.txt" CorpusId="LocalElection" />""")
                // CorpusArticle="false" keeps a matched file out; CorpusArticle="true" makes any file an article.
                .Item("""<AdditionalFiles Update="articles/draft.txt" CorpusArticle="false" />""")
                .Item("""<AdditionalFiles Include="extra/interview.md" CorpusArticle="true" />""")
                .Article("articles/budget.txt",
                    "Budget talks resume",
                    "The coalition partners resumed talks on the budget on Thursday morning.",
                    "A spokesman said both sides wanted an agreement before the weekend.")
                .Article("articles/2023/election.txt",
                    "Title: Turnout rises in local elections",
                    "Turnout in the local elections rose to its highest level in twenty years.")
                .Article("articles/draft.txt",
                    "Title: Unfinished draft",
                    "This draft is not ready and must stay out of the corpus.")
                .Article("extra/interview.md",
                    "Title: Interview with the harbour master",
                    "The harbour master spoke about the new quay and the winter storms.")
                // Under the default glob but not under CorpusInclude: must be ignored.
                .Article("corpus/stray.txt",
                    "Title: Stray article",
                    "This file is in the default folder, which this project no longer uses.")
                .File("Program.cs", """
                    using Acme.Press.Data;

                    Console.WriteLine($"class={typeof(Archive).FullName}");
                    Console.WriteLine($"public={typeof(Archive).IsPublic}");
                    Console.WriteLine($"article.type={typeof(Article).FullName}|{typeof(Article).IsPublic}");
                    Console.WriteLine($"count={Archive.Articles.Count}");
                    foreach (var a in Archive.Articles)
                    {
                        Console.WriteLine($"article|{a.FileName}|{a.Title}|{a.Paragraphs.Count}");
                    }
                    var budget = Archive.Articles.Budget;
                    Console.WriteLine($"budget={budget.Title}|{budget.Date:yyyy-MM-dd}|{budget.Source}");
                    var election = Archive.Articles.LocalElection;
                    Console.WriteLine($"election={election.Id}|{election.FileName}|{election.Title}");
                    """);
    }

    [Fact]
    public void CorpusNamespace_and_CorpusClassName_name_the_generated_class()
    {
        consumer.Value("class").ShouldBe("Acme.Press.Data.Archive");
    }

    [Fact]
    public void CorpusVisibility_public_makes_the_class_and_its_types_public()
    {
        consumer.Value("public").ShouldBe("True");
        consumer.Value("article.type").ShouldBe("Acme.Press.Data.Article|True");
    }

    [Fact]
    public void CorpusInclude_replaces_the_default_glob_and_CorpusArticle_adds_or_removes_files()
    {
        consumer.Value("count").ShouldBe("3");
        var files = consumer.Rows("article").Select(r => r.Split('|')[0]).ToList();
        files.ShouldBe(["budget.txt", "election.txt", "interview.md"], ignoreOrder: true);
        consumer.Rows("article").ShouldContain("interview.md|Interview with the harbour master|1");
    }

    [Fact]
    public void CorpusTitle_CorpusDate_and_CorpusSource_metadata_override_the_text()
    {
        consumer.Value("budget").ShouldBe("Budget deal reached after all-night talks|2023-03-09|Press Wire");
        consumer.Rows("article").ShouldContain("budget.txt|Budget deal reached after all-night talks|2");
    }

    [Fact]
    public void CorpusId_metadata_renames_the_article_and_its_property()
    {
        consumer.Value("election").ShouldBe("LocalElection|election.txt|Turnout rises in local elections");
    }

    [Fact]
    public void Configured_build_is_clean()
    {
        consumer.Build.Succeeded.ShouldBeTrue(consumer.Build.ToString());
        consumer.Build.Diagnostics.ShouldBeEmpty(consumer.Build.ToString());
    }
}
