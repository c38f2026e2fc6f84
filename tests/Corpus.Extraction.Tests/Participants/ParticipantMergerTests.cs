using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Participants;

/// <summary>The corpus-wide merge rules of <see cref="ParticipantMerger"/>, on small articles.</summary>
public sealed class ParticipantMergerTests
{
    private static CorpusModel Merge(params string[] texts)
        => CorpusMerger.Merge(texts.Select((t, i) => ArticleExtractor.Extract($"a{i}.txt", t, cancellationToken: TestContext.Current.CancellationToken)));

    private static List<ParticipantModel> People(CorpusModel c) => c.Participants.Where(p => p.Kind == EntityKind.Person).ToList();

    [Fact]
    public void Aliases_across_articles_make_one_person()
    {
        var c = Merge(
            "US Secretary of State John Roe arrived in Oslo on Monday.",
            "Mr. Roe said the talks had gone well.",
            "Roe left for Paris after the meeting, officials said.");
        var roe = People(c).Single();
        roe.Name.ShouldBe("John Roe");
        roe.Aliases.ShouldBe(new[] { "Mr. Roe", "Roe" }, ignoreOrder: true);
        roe.Roles.ShouldBe(new[] { "US Secretary of State" });
        roe.Articles.Count.ShouldBe(2);
    }

    [Fact]
    public void Surname_only_person_joins_the_one_full_name_with_that_surname()
    {
        var c = Merge("Jane Doe opened the plant on Monday.", "Mr. Halvorsen met Ms. Doe in Oslo on Tuesday.");
        People(c).Select(p => p.Name).ShouldBe(new[] { "Halvorsen", "Jane Doe" }, ignoreOrder: true);
        People(c).Single(p => p.Name == "Jane Doe").Aliases.ShouldContain("Ms. Doe");
    }

    [Fact]
    public void Different_people_who_share_a_surname_are_not_merged()
    {
        var c = Merge(
            "Senator John Roe of Texas introduced the bill on Monday.",
            "The chef Jane Roe opened a restaurant in Lyon on Friday.",
            "Mr. Roe declined to comment when asked about the vote.");
        People(c).Select(p => p.Name).ShouldBe(new[] { "Jane Roe", "John Roe", "Roe" }, ignoreOrder: true);
    }

    [Fact]
    public void Surname_only_person_with_a_fitting_role_picks_that_holder()
    {
        var c = Merge(
            "Senator John Roe of Texas introduced the bill on Monday.",
            "The chef Jane Roe opened a restaurant in Lyon on Friday.",
            "Senator Roe said the vote would be close.");
        People(c).Select(p => p.Name).ShouldBe(new[] { "Jane Roe", "John Roe" }, ignoreOrder: true);
        People(c).Single(p => p.Name == "John Roe").Aliases.ShouldContain("Senator Roe");
    }

    [Fact]
    public void Surname_only_person_with_a_conflicting_role_stays_separate()
    {
        var c = Merge("Senator John Roe of Texas introduced the bill on Monday.", "Coach Roe praised the players after the match in Leeds.");
        People(c).Count.ShouldBe(2);
    }

    [Fact]
    public void Case_variants_and_gazetteer_aliases_merge()
    {
        var c = Merge(
            "NATO ministers met in Brussels, the US said.",
            "Nato allies agreed, and the United States welcomed it.",
            "The North Atlantic Treaty Organization said the U.S. would host the next round.");
        var nato = c.Participants.Single(p => p.Kind == EntityKind.Organization);
        nato.Name.ShouldBe("North Atlantic Treaty Organization");
        nato.Aliases.ShouldBe(new[] { "NATO" });
        var us = c.Participants.Single(p => p.Kind == EntityKind.Country);
        us.Name.ShouldBe("United States");
        us.Aliases.ShouldBe(new[] { "U.S.", "US" }, ignoreOrder: true);
    }

    [Fact]
    public void British_and_American_spellings_merge()
    {
        var c = Merge("The Ministry of Defence said troops were ready.", "The Ministry of Defense said the troops had left.");
        c.Participants.Count(p => p.Kind == EntityKind.Organization).ShouldBe(1);
    }

    [Fact]
    public void Transliterated_places_are_reported_together_and_different_places_stay_apart()
    {
        var c = Merge(
            "Troops withdrew from Bucha on Friday.",
            "Images from Bukha shocked the world.",
            "Aid arrived in Boucha on Sunday and in Irpin on Monday.",
            "Officials in Busha said nothing.");
        var bucha = c.Participants.Single(p => p.Kind == EntityKind.Place && p.Aliases.Append(p.Name).Contains("Bukha"));
        bucha.Aliases.Append(bucha.Name).ShouldBe(new[] { "Boucha", "Bucha", "Bukha" }, ignoreOrder: true);
        c.Participants.ShouldContain(p => p.Kind == EntityKind.Place && p.Name == "Irpin");
        c.Participants.ShouldContain(p => p.Kind == EntityKind.Place && p.Name == "Busha");
    }

    [Fact]
    public void Merge_does_not_depend_on_article_order()
    {
        var texts = new[] { "Jane Doe met NATO officials in Oslo.", "Ms. Doe said Nato would decide.", "The chef Jane Roe cooked in Lyon." };
        var a = Merge(texts);
        var b = Merge(texts.Reverse().ToArray());
        a.Participants.Select(p => (p.Name, p.Kind, string.Join("|", p.Aliases))).ShouldBe(b.Participants.Select(p => (p.Name, p.Kind, string.Join("|", p.Aliases))));
    }
}
