using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;
using Corpus.Extraction.Participants;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Participants;

/// <summary>The five seed articles merged: one participant per real person, with the aliases and roles the text gives.</summary>
public sealed class SeedParticipantsTests(ITestOutputHelper output)
{
    private static CorpusModel MergeSeeds()
        => CorpusMerger.Merge(SeedFiles.Paths.Select(p => ArticleExtractor.Extract(p, File.ReadAllText(p))));

    [Fact]
    public void Seeds_merge_to_exactly_the_four_people_with_their_aliases_and_roles()
    {
        var corpus = MergeSeeds();
        output.WriteLine(ParticipantDump.Describe(corpus));
        var people = corpus.Participants.Where(p => p.Kind == EntityKind.Person).ToList();
        people.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal)
            .ShouldBe(new[] { "Antony Blinken", "Dmytro Kuleba", "Jens Stoltenberg", "Vladimir Putin" });

        var blinken = people.Single(p => p.Name == "Antony Blinken");
        blinken.Aliases.ShouldContain("Blinken");
        blinken.Aliases.ShouldContain("Mr. Blinken");
        blinken.Aliases.ShouldContain("Secretary Blinken");
        blinken.Roles.ShouldBe(new[] { "US Secretary of State" });

        var stoltenberg = people.Single(p => p.Name == "Jens Stoltenberg");
        stoltenberg.Aliases.ShouldContain("Stoltenberg");
        stoltenberg.Aliases.ShouldContain("Mr. Stoltenberg");
        stoltenberg.Roles.ShouldBe(new[] { "NATO Secretary-General" });
        stoltenberg.Articles.Count.ShouldBe(4);

        var putin = people.Single(p => p.Name == "Vladimir Putin");
        putin.Aliases.ShouldContain("Putin");
        putin.Aliases.ShouldContain("President Putin");
        putin.Roles.ShouldBe(new[] { "Russian President" });

        var kuleba = people.Single(p => p.Name == "Dmytro Kuleba");
        kuleba.Roles.ShouldBe(new[] { "Ukrainian Foreign Minister" });
    }

    [Fact]
    public void Seeds_name_the_countries_and_organisations_of_the_meeting()
    {
        var corpus = MergeSeeds();
        string[] Names(EntityKind kind) => corpus.Participants.Where(p => p.Kind == kind).Select(p => p.Name).ToArray();
        Names(EntityKind.Organization).ShouldContain("NATO");
        Names(EntityKind.Organization).ShouldContain("European Union");
        Names(EntityKind.Organization).ShouldContain("United Nations");
        Names(EntityKind.Organization).ShouldContain("International Criminal Court");
        Names(EntityKind.Organization).Count(n => n == "NATO").ShouldBe(1);
        foreach (var country in new[] { "Russia", "Ukraine", "United States", "Finland", "Sweden", "Georgia", "Australia", "Japan", "New Zealand", "Republic of Korea", "Bosnia and Herzegovina" })
            Names(EntityKind.Country).ShouldContain(country);
        Names(EntityKind.Country).ShouldNotContain("US");
        Names(EntityKind.Place).ShouldContain("Brussels");
        Names(EntityKind.Place).ShouldContain("Kyiv");
        Names(EntityKind.Place).ShouldContain("Moscow");
        // Spelling variants across outlets are one place, reported with its aliases.
        var bucha = corpus.Participants.Single(p => p.Kind == EntityKind.Place && p.Aliases.Contains("Bukha"));
        bucha.Aliases.ShouldContain("Boucha");
        // Nothing run together or sentence-initial became a participant.
        corpus.Participants.ShouldNotContain(p => p.Name.Contains("although", StringComparison.Ordinal) || p.Name.EndsWith("If", StringComparison.Ordinal) || p.Name.Contains('.'));
    }

    [Fact]
    public void Run_together_words_in_seed_004_are_reported()
    {
        var path = SeedFiles.Paths.Single(p => Path.GetFileName(p).StartsWith("004", StringComparison.Ordinal));
        var article = ArticleExtractor.Extract(path, File.ReadAllText(path), cancellationToken: TestContext.Current.CancellationToken);
        var words = article.Findings.Where(f => f.Id == "CORPUS006").Select(f => f.Arguments[0]).ToList();
        words.ShouldContain("Putinalthough");
        words.ShouldContain("Bukha.In");
        words.ShouldContain("UkraineIf");
    }

    [Fact]
    public void Role_nouns_in_the_seeds_resolve_to_their_holders()
    {
        var text = SeedFiles.Read("001");
        var x = Find(text);
        output.WriteLine(ParticipantDump.Mentions(text, x));
        RoleHolder(text, x, "the NATO head").ShouldBe("Jens Stoltenberg");
        RoleHolder(text, x, "Ukraine's foreign minister").ShouldBe("Dmytro Kuleba");
        var first = SeedFiles.Read("000");
        var y = Find(first);
        RoleHolder(first, y, "the Russian President").ShouldBe("Vladimir Putin");
        RoleHolder(first, y, "the US envoy").ShouldBe("Antony Blinken");
    }

    internal static ParticipantExtraction Find(string raw)
    {
        var text = new ArticleText(raw);
        var doc = Corpus.Extraction.Parsing.DocumentParser.Parse(text, TestContext.Current.CancellationToken);
        return ParticipantFinder.Find(text, doc.Paragraphs, TestContext.Current.CancellationToken);
    }

    internal static string? RoleHolder(string text, ParticipantExtraction x, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0);
        var m = x.Mentions.FirstOrDefault(m => m.Form == MentionForm.Role && m.Start == at && m.Length == phrase.Length);
        return m == default ? null : x.Entities[m.EntityIndex].Name;
    }
}
