using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Participants;

/// <summary>Role phrases for a person an article never names, linked in the corpus merge to the one holder of that role.</summary>
public sealed class CorpusRoleLinkerTests
{
    private static CorpusModel Merge(params string[] texts)
        => CorpusMerger.Merge(texts.Select((t, i) => ArticleExtractor.Extract($"a{i}.txt", t, cancellationToken: TestContext.Current.CancellationToken)));

    private static ParticipantModel Person(CorpusModel c, string name) => c.Participants.Single(p => p.Kind == EntityKind.Person && p.Name == name);

    [Fact]
    public void An_article_that_names_only_the_role_is_linked_to_the_holder_named_elsewhere()
    {
        var article = ArticleExtractor.Extract("a1.txt", "The Secretary-General said the alliance would not be divided by the dispute.", cancellationToken: TestContext.Current.CancellationToken);
        article.RoleMentions.Select(r => r.Role).ShouldBe(new[] { "Secretary-General" });
        article.RoleMentions[0].Span.Start.ShouldBe(0);

        var c = Merge(
            "NATO Secretary-General Ingrid Solvang arrived in Vilnius on Monday for talks with ministers.",
            "The Secretary-General said the alliance would not be divided by the dispute.");
        var holder = Person(c, "Ingrid Solvang");
        holder.Articles.ShouldBe(new[] { 0, 1 });
        c.Articles[1].Participants.ShouldContain(c.Participants.ToList().IndexOf(holder));
    }

    [Fact]
    public void A_generic_head_links_through_the_qualifier()
    {
        var c = Merge(
            "NATO Secretary-General Ingrid Solvang arrived in Vilnius on Monday for talks with ministers.",
            "The NATO chief told reporters that more troops would be sent.");
        Person(c, "Ingrid Solvang").Articles.ShouldBe(new[] { 0, 1 });
    }

    [Fact]
    public void Two_holders_of_the_role_link_nothing()
    {
        var c = Merge(
            "NATO Secretary-General Ingrid Solvang arrived in Vilnius on Monday.",
            "UN Secretary-General Tomas Ferreira visited Geneva on Friday.",
            "The Secretary-General said the dispute would be settled.");
        Person(c, "Ingrid Solvang").Articles.ShouldBe(new[] { 0 });
        Person(c, "Tomas Ferreira").Articles.ShouldBe(new[] { 1 });
        // A qualifier picks one of them.
        var d = Merge(
            "NATO Secretary-General Ingrid Solvang arrived in Vilnius on Monday.",
            "UN Secretary-General Tomas Ferreira visited Geneva on Friday.",
            "The UN Secretary-General said the dispute would be settled.");
        Person(d, "Tomas Ferreira").Articles.ShouldBe(new[] { 1, 2 });
        Person(d, "Ingrid Solvang").Articles.ShouldBe(new[] { 0 });
    }

    [Fact]
    public void A_role_the_article_can_resolve_itself_is_not_offered_to_the_corpus()
    {
        var article = ArticleExtractor.Extract("a.txt", "President Maria Kessler opened the session. The president said the budget was fair.", cancellationToken: TestContext.Current.CancellationToken);
        article.RoleMentions.Count.ShouldBe(0);
        // A contradicting qualifier does not link: the Russian president is not the Brazilian one.
        var c = Merge(
            "Brazilian President Maria Kessler opened the summit in Brasilia.",
            "The Russian president said the talks were useful.");
        Person(c, "Maria Kessler").Articles.ShouldBe(new[] { 0 });
    }

    [Fact]
    public void A_kind_of_organisation_links_through_the_organisations_the_roles_name()
    {
        var c = Merge(
            "NATO Secretary-General Ingrid Solvang arrived in Vilnius on Monday for talks with ministers.",
            "The alliance chief said that more troops would be sent.");
        Person(c, "Ingrid Solvang").Articles.ShouldBe(new[] { 0, 1 });
        // In one article too, and as an apposition it is a mention but no title.
        var article = ArticleExtractor.Extract("a.txt", "The alliance chief, Ingrid Solvang, arrived on Monday. NATO Secretary-General Ingrid Solvang said the talks went well.", cancellationToken: TestContext.Current.CancellationToken);
        var person = article.Entities.Single(e => e.Kind == EntityKind.Person);
        person.Roles.ShouldBe(new[] { "NATO Secretary-General" });
        person.Mentions.Count.ShouldBe(3);
        // No organisation of that kind among the roles: nothing.
        var d = Merge("UN Secretary-General Tomas Ferreira visited Geneva on Friday.", "The alliance chief said that more troops would be sent.");
        Person(d, "Tomas Ferreira").Articles.ShouldBe(new[] { 0 });
    }

    [Fact]
    public void Only_single_holder_offices_link_without_a_qualifier_and_qualified_phrases_need_the_same_qualifier()
    {
        // "the member", "the spokesperson": many people hold these; nothing is linked.
        var c = Merge(
            "Council member Aisha Verhoeven voted against the plan on Monday.",
            "The member said the vote was rushed.");
        Person(c, "Aisha Verhoeven").Articles.ShouldBe(new[] { 0 });
        // A qualified phrase does not fall back to a holder whose role names nothing.
        var d = Merge(
            "Spokesperson Lena Ostrova said the office would reopen.",
            "The State Department spokesperson said the talks would resume.");
        Person(d, "Lena Ostrova").Articles.ShouldBe(new[] { 0 });
    }
}
