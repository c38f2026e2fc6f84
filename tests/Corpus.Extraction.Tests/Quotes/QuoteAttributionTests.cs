using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;
using Corpus.Extraction.Participants;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Fragments, speaker rules, CORPUS008, and linking speakers to participant entities.</summary>
public class QuoteAttributionTests
{
    private static IReadOnlyList<Corpus.Extraction.Quotes.QuoteAttribution> Quotes(string text) => QuoteHarness.Run(text).Analysis.Attributions;

    [Fact]
    public void Short_embedded_unattributed_quotes_are_fragments()
    {
        var quotes = Quotes("Critics called the stadium a “white elephant” and the plan a “failure”. “The Donbass offensive” is the next target.");
        quotes.Count.ShouldBe(3);
        quotes.ShouldAllBe(q => q.Quote.IsFragment && q.Quote.SpeakerEntity == -1 && q.Quote.Attribution == AttributionKind.None && q.SpeakerName == null);
    }

    [Fact]
    public void Short_quote_attributed_by_a_speech_verb_is_a_statement()
    {
        var q = Quotes("Asked whether he would resign, he was blunt. “Absolutely not,” Richard Coyle said.").Single();
        q.Quote.IsFragment.ShouldBeFalse();
        q.SpeakerName.ShouldBe("Richard Coyle");
        q.Quote.Attribution.ShouldBe(AttributionKind.Explicit);
    }

    [Fact]
    public void Fragments_get_no_unknown_speaker_finding()
    {
        var (_, analysis) = QuoteHarness.Run("The opposition called the budget a “fantasy”.");
        analysis.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Statement_without_speaker_gets_CORPUS008_on_the_quote()
    {
        const string text = "Intro.\nThe sign on the gate read: “Closed until further notice, by order of the management of this factory.”";
        var (article, analysis) = QuoteHarness.Run(text);
        var q = analysis.Attributions.Single();
        q.SpeakerName.ShouldBeNull();
        q.Quote.SpeakerEntity.ShouldBe(-1);
        var f = analysis.Findings.Single(x => x.Id == FindingCatalog.UnknownSpeaker);
        (f.Span.Line, f.Span.Column).ShouldBe((2, 28));
        f.Arguments[0].ShouldEndWith("\u2026");
        f.Arguments[0].Length.ShouldBeLessThanOrEqualTo(60);
        article.Slice(f.Span).ShouldStartWith("\u201CClosed until"); // the whole quote, marks included
        article.Slice(f.Span).ShouldEndWith("factory.\u201D");
    }

    [Theory]
    [InlineData("“We will win,” Smith said.", "Smith")]
    [InlineData("“We will win,” said Secretary of State Jane Okafor.", "Jane Okafor")]
    [InlineData("“We will win”, the Health Ministry said in a statement.", "Health Ministry")]
    [InlineData("Jane Okafor told reporters: “We will win.”", "Jane Okafor")]
    [InlineData("According to Jane Okafor, “we will win.”", "Jane Okafor")]
    [InlineData("“We will win,” Jane Okafor, the party leader, said.", "Jane Okafor")]
    [InlineData("“We will win,” the party leader, Jane Okafor, said.", "Jane Okafor")]
    [InlineData("“We will win,” party leader Jane Okafor later told supporters.", "Jane Okafor")]
    [InlineData("“We will win,” police said.", "police")]
    [InlineData("In a statement, Governor of Arcadia Jane Okafor said, “We will win.”", "Jane Okafor")]
    [InlineData("Okafor issued a statement. Jane Okafor's statement added, “We will win.”", "Jane Okafor")]
    [InlineData("“We will win,” the 41-year-old said of Jane Okafor.", null)]
    public void Explicit_attribution_patterns(string text, string? speaker)
    {
        Quotes(text).Single().SpeakerName.ShouldBe(speaker);
    }

    [Fact]
    public void Split_quote_halves_share_the_speaker()
    {
        var quotes = Quotes("“If the rain holds off,” race director Alain Dufresne said, “we could see a record.”");
        quotes.Select(q => q.SpeakerName).ShouldBe(new[] { "Alain Dufresne", "Alain Dufresne" });
    }

    [Fact]
    public void Pronoun_prefers_the_last_speaker_over_a_person_mentioned_in_between()
    {
        const string text = "Prosecutor Daniel Kessler said the money moved through four countries.\nThe defendant, Viktor Halm, sat silently.\n“It was a plan,” he said.";
        var q = Quotes(text).Single();
        q.SpeakerName.ShouldBe("Daniel Kessler");
        q.Quote.Attribution.ShouldBe(AttributionKind.Pronoun);
    }

    [Fact]
    public void Pronoun_uses_honorific_gender()
    {
        const string text = "Ms. Abena Darko and Mr. Jonas Weber presented the plan. “It costs 40 million,” Mr. Weber said.\n“And it pays for itself,” she added.";
        Quotes(text).Select(q => q.SpeakerName).ShouldBe(new[] { "Jonas Weber", "Abena Darko" });
    }

    [Fact]
    public void Role_noun_resolves_to_its_holder()
    {
        const string text = "The foreign minister, Ayodele Bankole, flew to Geneva on Sunday.\n“We have a narrow window,” the minister told journalists.";
        var q = Quotes(text).Single();
        q.SpeakerName.ShouldBe("Ayodele Bankole");
        q.Quote.Attribution.ShouldBe(AttributionKind.Role);
    }

    [Fact]
    public void Quote_only_paragraphs_continue_the_last_speaker_until_another_takes_over()
    {
        const string text = "“The bridge reopens in May,” transport secretary Neil Abbott said.\n“We are on schedule.”\nCafé owner Priya Shah said she had heard that before.\n“I will believe it when I drive over it.”";
        var quotes = Quotes(text);
        quotes.Select(q => q.SpeakerName).ShouldBe(new[] { "Neil Abbott", "Neil Abbott", "Priya Shah" });
        quotes[1].Quote.Attribution.ShouldBe(AttributionKind.Continuation);
    }

    [Fact]
    public void Pronoun_with_no_one_named_is_not_guessed()
    {
        var (_, analysis) = QuoteHarness.Run("“I have never seen anything like it,” he said.");
        analysis.Attributions.Single().SpeakerName.ShouldBeNull();
        analysis.Findings.Single().Id.ShouldBe(FindingCatalog.UnknownSpeaker);
    }

    [Fact]
    public void Speaker_links_to_the_participant_entity_under_its_words()
    {
        const string text = "Jane Okafor opened the session.\n“We will win,” Okafor said. “No doubt,” she added.";
        var article = new ArticleText(text);
        var nameAt = text.IndexOf("Jane Okafor", StringComparison.Ordinal);
        var surnameAt = text.IndexOf("Okafor said", StringComparison.Ordinal);
        var entity = new EntitySpec("Jane Okafor", EntityKind.Person, EquatableArray<string>.Empty, EquatableArray<string>.Empty,
            new EquatableArray<SourceSpan>(new[] { article.Span(nameAt, 11), article.Span(surnameAt, 6) }));
        var other = new EntitySpec("Geneva", EntityKind.Place, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<SourceSpan>.Empty);
        var participants = new ParticipantExtraction(new[] { other, entity },
            new[] { new Mention(nameAt, 11, 1, MentionForm.FullName), new Mention(surnameAt, 6, 1, MentionForm.ShortName) }, Array.Empty<Finding>());
        var (_, analysis) = QuoteHarness.Run(text, participants);
        analysis.Attributions.Select(a => a.Quote.SpeakerEntity).ShouldBe(new[] { 1, 1 });
        analysis.Attributions[1].Quote.Attribution.ShouldBe(AttributionKind.Pronoun);
    }

    [Fact]
    public void Role_speaker_links_to_the_entity_holding_that_role()
    {
        const string text = "The talks resumed on Monday.\n“The world cannot look away,” the UN chief said.";
        var entity = new EntitySpec("Amadou Diallo", EntityKind.Person, EquatableArray<string>.Empty,
            new EquatableArray<string>(new[] { "UN Secretary-General" }), EquatableArray<SourceSpan>.Empty);
        var participants = new ParticipantExtraction(new[] { entity }, Array.Empty<Mention>(), Array.Empty<Finding>());
        var (_, analysis) = QuoteHarness.Run(text, participants);
        var q = analysis.Attributions.Single();
        q.Quote.SpeakerEntity.ShouldBe(0);
        q.Quote.Attribution.ShouldBe(AttributionKind.Role);
        q.SpeakerName.ShouldBe("Amadou Diallo");
    }

    [Fact]
    public void Extract_returns_the_same_quotes_and_findings_as_Analyze()
    {
        const string text = "“We will win,” Smith said. A “fantasy”, critics said of the “plan”.";
        var article = new ArticleText(text);
        var paragraphs = QuoteHarness.Paragraphs(article);
        var ct = TestContext.Current.CancellationToken;
        var extraction = Corpus.Extraction.Quotes.QuoteExtractor.Extract(article, paragraphs, ParticipantExtraction.Empty, ct);
        var analysis = Corpus.Extraction.Quotes.QuoteExtractor.Analyze(article, paragraphs, ParticipantExtraction.Empty, ct);
        extraction.Quotes.ShouldBe(analysis.Attributions.Select(a => a.Quote).ToList());
        extraction.Findings.ShouldBe(analysis.Findings);
    }

    [Theory]
    [InlineData("“Nothing is decided yet,” said on Friday the head of the review board, Nadia Ferreira.", "Nadia Ferreira")]
    [InlineData("“Every season has a story.” - Coach Brendan Hollis", "Brendan Hollis")]
    [InlineData("Visitors see a message stating, “The site is closed for maintenance until Monday.”", "a message")]
    [InlineData("Undersecretary for Transport Mr. Lanzetti says “the line will reopen before the summer holidays”.", "Lanzetti")]
    [InlineData("“Demand was stronger than in any year since we opened,” Pell & Corrigan said in a statement.", "Pell & Corrigan")]
    [InlineData("Opposition leader Maria Kessel attacked the plan in parliament on Tuesday: “This is a budget for the next election and nothing else.”", "Maria Kessel")]
    public void News_conventions_name_the_speaker(string text, string speaker)
        => Quotes(text).Single(q => !q.Quote.IsFragment).SpeakerName.ShouldBe(speaker);

    [Fact]
    public void Affiliation_is_not_part_of_a_titled_name()
    {
        var q = Quotes("Analyst Ravi Menon of Tallis Partners said, “The numbers do not add up for the second half of the year.”").Single();
        q.SpeakerName.ShouldBe("Ravi Menon");
    }

    [Fact]
    public void Narrative_paragraph_about_a_returning_speaker_carries_the_pronoun()
    {
        const string text = "“The budget is fiction,” Ines Varga wrote on her blog.\n“The figures were checked twice,” the treasurer, Paul Brandt, said.\nVarga asked readers for donations to fund an appeal.\nHe described the appeal as “a waste of everyone's time and money, and a stunt”.";
        Quotes(text).Select(q => q.SpeakerName).ShouldBe(new[] { "Ines Varga", "Paul Brandt", "Ines Varga" });
    }

    [Fact]
    public void Reported_speech_about_oneself_gives_the_gender()
    {
        const string text = "Robin Hale said she had trained for this race for six years.\nHer coach, Mr Dobbs, watched from the stands. Asked about the finish, “I could not feel my legs at all,” she said.";
        Quotes(text).Single().SpeakerName.ShouldBe("Robin Hale");
    }

    [Fact]
    public void They_stands_for_a_counted_group()
    {
        var q = Quotes("Four students who built the boat crossed the bay on Sunday. “We never doubted it would float,” they said.").Single();
        q.SpeakerName.ShouldBe("students");
    }

    [Fact]
    public void Quote_after_an_embedded_fragment_takes_the_sentence_subject()
    {
        var q = Quotes("Mayor Tom Reyes defended the plan while promising a “full review” of costs is coming: “We have nothing to hide and we will publish every contract.”").Last();
        q.SpeakerName.ShouldBe("Tom Reyes");
    }
}
