using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Participants;

/// <summary>General conventions that say what a name is: organisation, place or person (invented names).</summary>
public sealed class NamingConventionTests
{
    private static EquatableArray<EntitySpec> Entities(string text)
        => ArticleExtractor.Extract("a.txt", text, cancellationToken: TestContext.Current.CancellationToken).Entities;

    private static string[] Names(string text, EntityKind kind) => Entities(text).Where(e => e.Kind == kind).Select(e => e.Name).ToArray();

    [Theory]
    [InlineData("Shares of Hollis Varga fell 3 percent on Tuesday after the results.")]
    [InlineData("Investors sold shares in Hollis Varga after the report was published.")]
    [InlineData("Hollis Varga's chief executive said the bank would cut costs.")]
    [InlineData("Analysts at Hollis Varga expect rates to rise next year.")]
    [InlineData("Hollis Varga officials declined to comment on the report.")]
    public void Company_context_makes_a_two_word_name_an_organisation(string text)
    {
        Names(text, EntityKind.Organization).ShouldContain("Hollis Varga");
        Names(text, EntityKind.Person).ShouldNotContain("Hollis Varga");
    }

    [Fact]
    public void The_context_once_makes_every_mention_of_the_name_the_organisation()
    {
        var text = "Hollis Varga reported a loss on Monday. Shares of Hollis Varga fell 3 percent.";
        var org = Entities(text).Single(e => e.Name == "Hollis Varga");
        org.Kind.ShouldBe(EntityKind.Organization);
        org.Mentions.Count.ShouldBe(2);
    }

    [Fact]
    public void A_titled_name_stays_a_person_whatever_the_context()
    {
        var text = "Mr. Hollis Varga said he would resign. Shares of Hollis Varga's company fell.";
        Names(text, EntityKind.Person).ShouldContain("Hollis Varga");
    }

    [Fact]
    public void A_single_word_in_organisation_context_is_an_organisation_everywhere()
    {
        var text = "Former members of Quorvanta said they were pressured to stay. Quorvanta officials denied it. Critics of Quorvanta met on Friday.";
        var org = Entities(text).Single(e => e.Name == "Quorvanta");
        org.Kind.ShouldBe(EntityKind.Organization);
        org.Mentions.Count.ShouldBe(3);
    }

    [Fact]
    public void Head_of_Y_names_the_organisation_by_Y_and_by_the_head()
    {
        var text = "The Church of Quorvanta sued the newspaper. Critics of Quorvanta welcomed the ruling, and the Church said it would appeal.";
        var org = Entities(text).Single(e => e.Kind == EntityKind.Organization);
        org.Name.ShouldBe("Church of Quorvanta");
        org.Mentions.Count.ShouldBe(3);
    }

    [Fact]
    public void The_head_alone_links_only_when_one_organisation_has_it()
    {
        var text = "The Brenmoor Council and the Ashdale Council met on Monday. The Council said the talks went well.";
        Entities(text).Where(e => e.Kind == EntityKind.Organization).ShouldAllBe(e => e.Mentions.Count == 1);
    }

    [Fact]
    public void Two_organisations_joined_by_and_stay_two()
    {
        var text = "Researchers at the University of Brenmoor and Ashdale University published the study.";
        Names(text, EntityKind.Organization).ShouldBe(new[] { "University of Brenmoor", "Ashdale University" }, ignoreOrder: true);
    }

    [Fact]
    public void Company_and_institution_head_words_make_organisations()
    {
        Names("Holmvik Brewery opened a second site last year.", EntityKind.Organization).ShouldContain("Holmvik Brewery");
        Names("Economists at Tarrant Partners expect growth to slow.", EntityKind.Organization).ShouldContain("Tarrant Partners");
    }

    [Fact]
    public void A_known_place_inside_an_organisation_name_is_mentioned_too()
    {
        var entities = Entities("Researchers at the University of Texas found the opposite.");
        entities.Single(e => e.Kind == EntityKind.Organization).Name.ShouldBe("University of Texas");
        entities.ShouldContain(e => e.Kind == EntityKind.Place && e.Name == "Texas");
    }

    [Fact]
    public void Region_prefixes_make_places()
    {
        Names("Police in Lower Vardania arrested two men on Sunday.", EntityKind.Place).ShouldContain("Lower Vardania");
        Names("Police in Lower Vardania arrested two men on Sunday.", EntityKind.Person).ShouldBeEmpty();
    }

    [Fact]
    public void A_surname_of_a_person_of_the_article_stays_that_person()
    {
        var text = "President Dana Holloway met the press on Monday. Holloway officials said the visit went well, and Holloway left.";
        Names(text, EntityKind.Organization).ShouldBeEmpty();
        Entities(text).Single(e => e.Kind == EntityKind.Person).Name.ShouldBe("Dana Holloway");
    }

    [Fact]
    public void A_noun_right_before_the_name_says_it_is_an_organisation()
    {
        Names("Fans of the band Marrow Lantern queued all night.", EntityKind.Organization).ShouldContain("Marrow Lantern");
        Names("Fans of the band Marrow Lantern queued all night.", EntityKind.Person).ShouldBeEmpty();
    }

    [Fact]
    public void A_possessive_word_before_a_full_name_is_what_the_person_belongs_to()
    {
        var entities = Entities("The count showed that Vostrava's Ilse Marrick won the seat.");
        entities.ShouldContain(e => e.Kind == EntityKind.Organization && e.Name == "Vostrava");
        entities.ShouldContain(e => e.Kind == EntityKind.Person && e.Name == "Ilse Marrick");
    }

    [Fact]
    public void The_and_a_newspaper_word_is_a_newspaper()
    {
        var text = "The Herald reported the deal on Monday. Writing in The Herald, she disagreed.";
        var org = Entities(text).Single(e => e.Kind == EntityKind.Organization);
        org.Name.ShouldBe("The Herald");
        org.Mentions.Count.ShouldBe(2);
    }

    [Fact]
    public void A_word_and_a_country_before_an_organisation_noun_is_an_organisation()
    {
        Names("A memo said Fisheries Norway officials had been warned.", EntityKind.Organization).ShouldContain("Fisheries Norway");
        // A person whose surname is a country stays a person.
        Names("A memo said Michael Jordan had been warned.", EntityKind.Organization).ShouldBeEmpty();
    }

    [Fact]
    public void A_kinship_noun_before_one_name_makes_a_person_and_the_other_mentions_join()
    {
        var text = "Renata recovered slowly. The couple lost their infant daughter, Marisol, in 2009. Doctors said Marisol had been ill for months.";
        var person = Entities(text).Single(e => e.Kind == EntityKind.Person);
        person.Name.ShouldBe("Marisol");
        person.Mentions.Count.ShouldBe(2);
    }

    [Fact]
    public void An_honorific_makes_even_a_common_word_a_surname()
    {
        var text = "On Monday Mrs Young promoted the campaign for a new flag.";
        Entities(text).ShouldContain(e => e.Kind == EntityKind.Person && e.Name == "Young");
    }

    [Fact]
    public void An_administration_of_a_place_names_the_place()
    {
        var entities = Entities("The Municipality of Varenzo asked schools to pay the tax. Residents of Varenzo objected.");
        entities.ShouldContain(e => e.Kind == EntityKind.Organization && e.Name == "Municipality of Varenzo");
        entities.Single(e => e.Kind == EntityKind.Place && e.Name == "Varenzo").Mentions.Count.ShouldBe(2);
    }

    [Fact]
    public void On_after_an_organisation_head_stays_in_the_name()
    {
        Names("The Committee on Rural Affairs heard evidence from farmers.", EntityKind.Organization).ShouldContain("Committee on Rural Affairs");
    }

    [Fact]
    public void A_company_suffix_keeps_its_period_and_a_newspaper_its_capital_The()
    {
        Names("Brenmoor Foods Inc. agreed to buy a rival, the company said.", EntityKind.Organization).ShouldBe(new[] { "Brenmoor Foods Inc." });
        var paper = Entities("Writing in The Ashdale Herald, she disagreed. The Ashdale Herald later corrected the story.").Single(e => e.Kind == EntityKind.Organization);
        paper.Name.ShouldBe("The Ashdale Herald");
        paper.Mentions.Count.ShouldBe(2);
    }
}
