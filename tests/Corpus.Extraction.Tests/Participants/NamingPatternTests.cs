using Corpus.Extraction.Model;
using Corpus.Extraction.Participants;

namespace Corpus.Extraction.Tests.Participants;

/// <summary>One test per way news names a participant (fictional people, real countries and organisations).</summary>
public sealed class NamingPatternTests
{
    private static ParticipantExtraction Find(string text) => SeedParticipantsTests.Find(text);

    private static EntitySpec Single(ParticipantExtraction x, EntityKind kind, string name)
        => x.Entities.Single(e => e.Kind == kind && e.Name == name);

    private static List<EntitySpec> People(ParticipantExtraction x) => x.Entities.Where(e => e.Kind == EntityKind.Person).ToList();

    [Fact]
    public void Full_name()
    {
        var x = Find("Jane Doe visited the factory on Monday.");
        People(x).Single().Name.ShouldBe("Jane Doe");
        x.Mentions.Single(m => m.Form == MentionForm.FullName).Start.ShouldBe(0);
    }

    [Fact]
    public void Titled_name_with_organisation()
    {
        var x = Find("UN Secretary-General Jane Doe arrived in Geneva on Monday.");
        var doe = Single(x, EntityKind.Person, "Jane Doe");
        doe.Roles.ShouldBe(new[] { "UN Secretary-General" });
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Organization && e.Name == "UN");
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Place && e.Name == "Geneva");
    }

    [Fact]
    public void Titled_name_with_of_phrase()
    {
        var text = "US Secretary of State John Roe met his counterparts on Tuesday.";
        var x = Find(text);
        Single(x, EntityKind.Person, "John Roe").Roles.ShouldBe(new[] { "US Secretary of State" });
        var full = x.Mentions.Single(m => m.Form == MentionForm.FullName);
        text.Substring(full.Start, full.Length).ShouldBe("US Secretary of State John Roe");
    }

    [Fact]
    public void Role_then_comma_then_name()
    {
        var x = Find("The President of Freedonia, Rufus Firefly, rejected the offer on Friday.");
        Single(x, EntityKind.Person, "Rufus Firefly").Roles.ShouldBe(new[] { "President of Freedonia" });
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Country && e.Name == "Freedonia");
    }

    [Fact]
    public void Name_then_comma_then_possessive_role()
    {
        var text = "Ana Lima, Brazil's foreign minister, said Brazil would not take sides.";
        var x = Find(text);
        Single(x, EntityKind.Person, "Ana Lima").Roles.ShouldBe(new[] { "Brazilian Foreign Minister" });
        var role = x.Mentions.Single(m => m.Form == MentionForm.Role);
        text.Substring(role.Start, role.Length).ShouldBe("Brazil's foreign minister");
        x.Entities[role.EntityIndex].Name.ShouldBe("Ana Lima");
    }

    [Theory]
    [InlineData("Mr. Roe")]
    [InlineData("Mr Roe")]
    public void Honorific_and_surname_join_the_full_name(string form)
    {
        var x = Find($"John Roe chaired the meeting in Oslo. {form} said it had gone well, and Roe left early.");
        var roe = People(x).Single();
        roe.Name.ShouldBe("John Roe");
        roe.Aliases.ShouldContain(form);
        roe.Aliases.ShouldContain("Roe");
        x.Mentions.Count(m => m.Form == MentionForm.ShortName).ShouldBe(2);
    }

    [Fact]
    public void Honorific_and_surname_alone_make_a_person()
    {
        var x = Find("Mr. Halvorsen declined to comment when reached in Oslo.");
        var p = People(x).Single();
        p.Name.ShouldBe("Halvorsen");
        p.Aliases.ShouldBe(new[] { "Mr. Halvorsen" });
    }

    [Fact]
    public void Surname_before_and_after_the_full_mention()
    {
        var x = Find("Koval spoke first. Later, the delegation head Olena Koval told reporters that Koval's team had left.");
        People(x).Single().Name.ShouldBe("Olena Koval");
        x.Mentions.Count(m => m.Form == MentionForm.ShortName).ShouldBe(2);
    }

    [Fact]
    public void Possessive_is_a_mention_of_the_name()
    {
        var text = "Rufus Firefly arrived late. Firefly's aides said the matter was closed.";
        var x = Find(text);
        var p = People(x).Single();
        p.Aliases.ShouldBe(new[] { "Firefly" });
        var short_ = x.Mentions.Single(m => m.Form == MentionForm.ShortName);
        text.Substring(short_.Start, short_.Length).ShouldBe("Firefly");
    }

    [Theory]
    [InlineData("Ursula van der Berg", "van der Berg")]
    [InlineData("Carlos de la Fuente", "de la Fuente")]
    [InlineData("Faisal al-Rashid", "al-Rashid")]
    [InlineData("Siobhan O'Brien", "O'Brien")]
    [InlineData("Jean-Pierre Moreau", "Moreau")]
    [InlineData("Marta Kowalczyk-Nowak", "Kowalczyk-Nowak")]
    public void Names_with_particles_hyphens_and_apostrophes(string name, string surname)
    {
        var x = Find($"{name} spoke to reporters on Monday. Later, {surname} left for the airport.");
        var p = People(x).Single();
        p.Name.ShouldBe(name);
    }

    [Fact]
    public void Names_in_other_scripts()
    {
        var x = Find("Олена Коваль, a Ukrainian activist, spoke at the rally in Kyiv.");
        Single(x, EntityKind.Person, "Олена Коваль").Roles.ShouldBe(new[] { "Ukrainian Activist" });
    }

    [Fact]
    public void Role_nouns_resolve_to_the_role_holder()
    {
        var text = "NATO Secretary-General Piet Janssen met ministers in Brussels. The NATO chief said more troops would go. "
            + "The Secretary-General added that the NATO head would travel on Friday.";
        var x = Find(text);
        var roles = x.Mentions.Where(m => m.Form == MentionForm.Role).Select(m => (text.Substring(m.Start, m.Length), x.Entities[m.EntityIndex].Name)).ToList();
        roles.ShouldBe(new[] { ("The NATO chief", "Piet Janssen"), ("The Secretary-General", "Piet Janssen"), ("the NATO head", "Piet Janssen") });
    }

    [Fact]
    public void Role_noun_with_two_candidates_stays_unresolved()
    {
        var x = Find("Foreign Minister Ana Lima met Foreign Minister Piet Janssen in Lisbon. The foreign minister said talks went well.");
        x.Mentions.ShouldNotContain(m => m.Form == MentionForm.Role);
    }

    [Fact]
    public void Role_normalisation_joins_spelling_variants()
    {
        Single(Find("Nato Secretary General Piet Janssen spoke."), EntityKind.Person, "Piet Janssen").Roles.ShouldBe(new[] { "NATO Secretary-General" });
        Single(Find("NATO Secretary-General Piet Janssen spoke."), EntityKind.Person, "Piet Janssen").Roles.ShouldBe(new[] { "NATO Secretary-General" });
        Single(Find("The President of Russia, Ivan Petrov, spoke."), EntityKind.Person, "Ivan Petrov").Roles.ShouldBe(new[] { "Russian President" });
    }

    [Fact]
    public void Organisations_by_head_word_and_defined_acronym()
    {
        var x = Find("The Kenya Medical Research Institute (KEMRI) said the trial would begin. KEMRI expects results in May. The Ministry of Health agreed.");
        var kemri = Single(x, EntityKind.Organization, "Kenya Medical Research Institute");
        kemri.Aliases.ShouldBe(new[] { "KEMRI" });
        kemri.Mentions.Count.ShouldBe(3);
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Organization && e.Name == "Ministry of Health");
    }

    [Fact]
    public void Newspapers_courts_and_companies()
    {
        var x = Find("The Sofia Herald reported that the Supreme Court had fined Northwind Holdings.");
        x.Entities.Where(e => e.Kind == EntityKind.Organization).Select(e => e.Name).ShouldBe(new[] { "Sofia Herald", "Supreme Court", "Northwind Holdings" }, ignoreOrder: true);
    }

    [Theory]
    [InlineData("the Republic of Korea", "Republic of Korea")]
    [InlineData("Bosnia and Herzegovina", "Bosnia and Herzegovina")]
    [InlineData("the US", "US")]
    [InlineData("the United States", "United States")]
    public void Countries(string written, string name)
    {
        var x = Find($"Officials said {written} would join the talks.");
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Country && e.Name == name);
    }

    [Fact]
    public void Demonyms_link_as_adjectives_without_a_name_mention()
    {
        var text = "Russian forces shelled the city, Ukrainian officials said.";
        var x = Find(text);
        var russia = Single(x, EntityKind.Country, "Russia");
        russia.Aliases.ShouldBeEmpty();
        x.Mentions.Where(m => x.Entities[m.EntityIndex].Name == "Russia").ShouldAllBe(m => m.Form == MentionForm.Adjective);
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Country && e.Name == "Ukraine");
    }

    [Fact]
    public void Places_from_the_gazetteer_and_from_context()
    {
        var x = Find("Farmers in Gondar protested, and the unrest spread to the Tigray region and to Lisbon.");
        x.Entities.Where(e => e.Kind == EntityKind.Place).Select(e => e.Name).ShouldBe(new[] { "Gondar", "Tigray", "Lisbon" }, ignoreOrder: true);
    }

    [Fact]
    public void Sentence_initial_words_do_not_make_participants()
    {
        var x = Find("Meanwhile, prices rose. According to officials, Heavy rain is expected. However, Despite the rain, Authorities stayed calm.");
        x.Entities.ShouldBeEmpty();
    }

    [Fact]
    public void Headline_capitalisation_makes_no_new_participants()
    {
        var x = Find("Strategic Concept Review Sparks Heated Debate Among Allied Defence Planners In Berlin.");
        x.Entities.Select(e => e.Name).ShouldBe(new[] { "Berlin" });
    }

    [Fact]
    public void Two_capitalised_common_words_are_not_a_person()
    {
        var x = Find("The allies will discuss the new Strategic Concept and the Space Shuttle programme.");
        People(x).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("President of Russia, Vladimir Petrovalthough not giving up, said so.", "Petrovalthough", "Vladimir Petrov")]
    [InlineData("Troops left Bukha.In addition, supplies arrived.", "Bukha.In", null)]
    [InlineData("Prevent this conflict from escalating beyond UkraineIf this turns into war.", "UkraineIf", null)]
    [InlineData("The minister arrived in Brazilwhere she was greeted.", "Brazilwhere", null)]
    public void Words_run_together_are_reported_and_make_no_participant(string text, string word, string? person)
    {
        var x = Find(text);
        x.Findings.ShouldContain(f => f.Id == "CORPUS006" && f.Arguments[0] == word);
        x.Entities.ShouldNotContain(e => e.Name.Contains(word, StringComparison.Ordinal) || e.Aliases.Contains(word));
        if (person != null) People(x).Single().Name.ShouldBe(person);
    }

    [Theory]
    [InlineData("Officials in the U.S. said the plan, e.g. the tax cut, would pass.")]
    [InlineData("Donations via patreon.com rose, and McDonald's and YouTube said nothing. Elsewhere, Meanwhile stood.")]
    public void Abbreviations_and_real_names_are_not_run_together(string text)
    {
        Find(text).Findings.ShouldNotContain(f => f.Id == "CORPUS006");
    }

    [Fact]
    public void Mentions_are_sorted_by_start()
    {
        var x = Find("NATO Secretary-General Piet Janssen met Russian officials in Brussels. Janssen said the NATO chief would return.");
        x.Mentions.Select(m => m.Start).ShouldBeInOrder();
    }
}

public sealed class NamingEdgeCaseTests
{
    private static ParticipantExtraction Find(string text) => SeedParticipantsTests.Find(text);

    [Fact]
    public void Middle_initials_and_generational_suffixes()
    {
        var x = Find("Martin L. Roe Jr. addressed the crowd in Atlanta. Roe said the march would go on.");
        var p = x.Entities.Single(e => e.Kind == EntityKind.Person);
        p.Name.ShouldBe("Martin L. Roe Jr");
        p.Aliases.ShouldContain("Roe");
    }

    [Fact]
    public void Common_acronyms_and_roman_numerals_are_not_organisations()
    {
        var x = Find("GDP grew after World War II, and the VIP guests arrived at 10 GMT.");
        x.Entities.ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_acronyms_are_organisations()
    {
        var x = Find("Officials from the KCNA and the FTU met in Seoul.");
        x.Entities.Where(e => e.Kind == EntityKind.Organization).Select(e => e.Name).ShouldBe(new[] { "KCNA", "FTU" }, ignoreOrder: true);
    }

    [Fact]
    public void Company_title_before_a_name()
    {
        var x = Find("Apple CEO Jane Doe unveiled the phone in California.");
        x.Entities.Single(e => e.Kind == EntityKind.Person).Roles.ShouldBe(new[] { "Apple CEO" });
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Organization && e.Name == "Apple");
    }

    [Fact]
    public void Sentence_initial_conjunction_before_a_surname()
    {
        var x = Find("Jane Doe chaired the session in Oslo. But Doe said little, and Doe's aides left early.");
        x.Mentions.Count(m => m.Form == MentionForm.ShortName).ShouldBe(2);
        x.Entities.Count(e => e.Kind == EntityKind.Person).ShouldBe(1);
    }

    [Theory]
    [InlineData("Chinese President 习近平 met officials in Beijing.", "习近平", "Chinese President")]
    [InlineData("Crown Prince محمد بن سلمان arrived in Paris on Monday.", "محمد بن سلمان", "Crown Prince")]
    [InlineData("Prime Minister Κυριάκος Μητσοτάκης spoke in Athens.", "Κυριάκος Μητσοτάκης", "Prime Minister")]
    public void Names_in_scripts_with_and_without_case(string text, string name, string role)
    {
        var x = Find(text);
        var p = x.Entities.Single(e => e.Kind == EntityKind.Person);
        p.Name.ShouldBe(name);
        p.Roles.ShouldContain(r => r.EndsWith(role, StringComparison.Ordinal));
    }
}

public sealed class RoleNormalisationTests
{
    [Theory]
    [InlineData("U.S. President Jane Doe spoke.", "US President")]
    [InlineData("US President Jane Doe spoke.", "US President")]
    [InlineData("U.N. Secretary General Jane Doe spoke.", "UN Secretary-General")]
    [InlineData("Jane Doe, the foreign minister of Brazil, spoke.", "Brazilian Foreign Minister")]
    [InlineData("Gen. Jane Doe spoke to the troops.", "General")]
    public void Roles_have_one_written_form(string text, string role)
    {
        var x = SeedParticipantsTests.Find(text);
        x.Entities.Single(e => e.Kind == EntityKind.Person).Roles.ShouldBe(new[] { role });
    }
}

public sealed class PlaceListTests
{
    [Fact]
    public void A_list_that_starts_with_a_place_goes_on_with_places()
    {
        var x = SeedParticipantsTests.Find("Aid arrived in Irpin, Hostomel and Borodianka on Sunday, while Smith's team waited.");
        x.Entities.Where(e => e.Kind == EntityKind.Place).Select(e => e.Name).ShouldBe(new[] { "Irpin", "Hostomel", "Borodianka" });
        x.Entities.ShouldNotContain(e => e.Name == "Smith");
    }
}

public sealed class LowerCaseTitleTests
{
    [Theory]
    [InlineData("Russia's foreign minister Sergei Volkov met reporters.", "Sergei Volkov", "Russian Foreign Minister")]
    [InlineData("The statement was read by spokeswoman Maria Petrova on Monday.", "Maria Petrova", "Spokeswoman")]
    [InlineData("Investors cheered when Acme founder Jane Doe stepped down.", "Jane Doe", "Acme Founder")]
    public void A_lower_case_role_before_a_full_name_is_its_title(string text, string name, string role)
    {
        var x = SeedParticipantsTests.Find(text);
        var p = x.Entities.Single(e => e.Kind == EntityKind.Person);
        p.Name.ShouldBe(name);
        p.Roles.ShouldBe(new[] { role });
    }
}

public sealed class WireStoryTests
{
    [Fact]
    public void A_wire_story_with_datelines_titles_and_joined_objects()
    {
        var text = "WASHINGTON (Reuters) - Senate Majority Leader Jane Doe said on Tuesday that the Department of Health and Human Services was slow.\n"
            + "Chinese President Li Wei spoke by phone with her, Beijing's Foreign Ministry said. Li urged restraint.";
        var x = SeedParticipantsTests.Find(text);
        x.Entities.Single(e => e.Name == "Jane Doe").Roles.ShouldBe(new[] { "Senate Majority Leader" });
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Organization && e.Name == "Department of Health and Human Services");
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Organization && e.Name == "Reuters");
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Place && e.Name == "Washington");
        var li = x.Entities.Single(e => e.Name == "Li Wei");
        li.Roles.ShouldBe(new[] { "Chinese President" });
        li.Aliases.ShouldContain("Li");
    }
}

public sealed class PlaceContextTests
{
    [Theory]
    [InlineData("Residents of Gondar said the shelling continued.", "Gondar")]
    [InlineData("Rebels took control of Zorbia on Friday.", "Zorbia")]
    [InlineData("Fighting reached the outskirts of Marvel Bay overnight.", "Marvel Bay")]
    public void Nouns_that_take_a_place_after_of(string text, string place)
    {
        var x = SeedParticipantsTests.Find(text);
        x.Entities.ShouldContain(e => e.Kind == EntityKind.Place && e.Name == place);
    }

    [Fact]
    public void Daily_newspapers()
    {
        var x = SeedParticipantsTests.Find("The Daily Clarion reported that the mayor had resigned.");
        x.Entities.Single().Kind.ShouldBe(EntityKind.Organization);
    }
}
