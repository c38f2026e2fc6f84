using Corpus.Extraction.Findings;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Which marks are quotation marks, how quotes are cut, and where CORPUS003 lands.</summary>
public class QuoteMarkTests
{
    private static IReadOnlyList<Corpus.Extraction.Quotes.QuoteAttribution> Quotes(string text) => QuoteHarness.Run(text).Analysis.Attributions;

    private static IReadOnlyList<Corpus.Extraction.Model.Finding> Findings(string text, string id) => QuoteHarness.Run(text).Analysis.Findings.Where(f => f.Id == id).ToList();

    [Theory]
    [InlineData("The country’s leaders don’t agree, and the players’ union said nothing about the ’90s.")]
    [InlineData("The country's leaders don't agree, and the players' union said nothing about the '90s.")]
    [InlineData("It was the Alliance’s and Nato’s view that rock ’n’ roll is here.")]
    public void Apostrophes_are_not_quote_marks(string text)
    {
        Quotes(text).ShouldBeEmpty();
        Findings(text, FindingCatalog.UnbalancedQuote).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Visitors should avoid Port Alvaro 's northern districts, the office said.")]
    [InlineData("They 're not sure and we 'll see, the office said.")]
    public void Detached_clitics_are_apostrophes(string text)
    {
        Quotes(text).ShouldBeEmpty();
        Findings(text, FindingCatalog.UnbalancedQuote).ShouldBeEmpty();
    }

    [Fact]
    public void Quote_marked_only_at_its_ends_spans_the_unmarked_paragraphs_and_is_reported()
    {
        const string text = "\"We started well.\nThe crowd helped us.\nNow we rest,\" Taufa said.\nThe club is third.";
        var (article, analysis) = QuoteHarness.Run(text);
        var q = analysis.Attributions.Single();
        q.Quote.Text.ShouldBe("We started well. The crowd helped us. Now we rest,");
        q.Quote.Segments.Count.ShouldBe(3);
        q.SpeakerName.ShouldBe("Taufa");
        var f = analysis.Findings.Single(x => x.Id == FindingCatalog.UnbalancedQuote);
        f.Span.Start.ShouldBe(0);
    }

    [Fact]
    public void Apostrophes_inside_a_quote_stay_in_its_text()
    {
        var q = Quotes("“We don’t know whether the city’s plan works,” Ana Silva said.").Single();
        q.Quote.Text.ShouldBe("We don’t know whether the city’s plan works,");
    }

    [Fact]
    public void Plural_possessive_inside_single_quotes_does_not_close_them()
    {
        var q = Quotes("‘It’s not the pupils’ fault that the roof leaks,’ head teacher Owen Price said.").Single();
        q.Quote.Text.ShouldBe("It’s not the pupils’ fault that the roof leaks,");
        q.SpeakerName.ShouldBe("Owen Price");
    }

    [Theory]
    [InlineData("“Hello there, everyone,” she said.")]
    [InlineData("\"Hello there, everyone,\" she said.")]
    [InlineData("«Hello there, everyone», she said.")]
    [InlineData("„Hello there, everyone“, she said.")]
    [InlineData("‘Hello there, everyone,’ she said.")]
    [InlineData("'Hello there, everyone,' she said.")]
    public void All_quote_mark_styles(string text)
    {
        var q = Quotes(text).Single();
        QuoteHarness.Words(q.Quote.Text).ShouldBe(new[] { "hello", "there", "everyone" });
        q.Quote.IsFragment.ShouldBeFalse();
    }

    [Fact]
    public void Segment_is_the_words_inside_the_marks()
    {
        const string text = "Intro line.\n  “  Inside words here,”  he said.";
        var (article, analysis) = QuoteHarness.Run(text);
        var span = analysis.Attributions.Single().Quote.Span;
        article.Slice(span).ShouldBe("Inside words here,");
        span.Line.ShouldBe(2);
        span.Column.ShouldBe(6);
    }

    [Fact]
    public void Nested_quote_is_part_of_the_outer_quote()
    {
        var quotes = Quotes("“When he told me ‘you are free to go’, I cried,” said Marcus Bell.");
        quotes.Count.ShouldBe(1);
        quotes[0].Quote.Text.ShouldBe("When he told me ‘you are free to go’, I cried,");
        quotes[0].SpeakerName.ShouldBe("Marcus Bell");
    }

    [Fact]
    public void Multi_paragraph_quote_has_one_segment_per_paragraph()
    {
        const string text = "The lawyer, Kwame Asante, told the jury:\n“My client made mistakes.\n“But mistakes are not crimes.\n“Look at the evidence.”\nThe jury retired.";
        var (article, analysis) = QuoteHarness.Run(text);
        var q = analysis.Attributions.Single();
        q.Quote.Segments.Count.ShouldBe(3);
        q.Quote.Segments.Select(s => article.Slice(s)).ShouldBe(new[] { "My client made mistakes.", "But mistakes are not crimes.", "Look at the evidence." });
        q.Quote.Text.ShouldBe("My client made mistakes. But mistakes are not crimes. Look at the evidence.");
        q.SpeakerName.ShouldBe("Kwame Asante");
        analysis.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Unclosed_quote_stops_at_its_paragraph_end()
    {
        const string text = "The mayor said, “We need pumps and we need them today.\nVolunteers arrived by the afternoon.\n“Thank you,” she said later.";
        var (_, analysis) = QuoteHarness.Run(text);
        analysis.Attributions.Select(a => a.Quote.Text).ShouldBe(new[] { "We need pumps and we need them today.", "Thank you," });
        var f = analysis.Findings.Single(x => x.Id == FindingCatalog.UnbalancedQuote);
        (f.Span.Line, f.Span.Column, f.Span.Length).ShouldBe((1, 17, 1));
    }

    [Fact]
    public void Closing_mark_written_as_opening_mark_is_read_as_closing_and_reported()
    {
        const string text = "First paragraph here.\n“All must be brought to justice,“ he said, commenting on the images.";
        var (article, analysis) = QuoteHarness.Run(text);
        analysis.Attributions.Single().Quote.Text.ShouldBe("All must be brought to justice,");
        var f = analysis.Findings.Single(x => x.Id == FindingCatalog.UnbalancedQuote);
        (f.Span.Line, f.Span.Column, f.Span.Length).ShouldBe((2, 33, 1));
        article[f.Span.Start].ShouldBe('\u201C');
        f.Arguments[0].ShouldBe("Opening quotation mark '\u201C' where the quote should close");
    }

    [Fact]
    public void Quote_never_opened_starts_at_the_paragraph_start()
    {
        const string text = "Moscow has not given up. We see troops moving east,” the chief explained.";
        var (_, analysis) = QuoteHarness.Run(text);
        analysis.Attributions.Single().Quote.Text.ShouldBe("Moscow has not given up. We see troops moving east,");
        var f = analysis.Findings.Single(x => x.Id == FindingCatalog.UnbalancedQuote);
        (f.Span.Line, f.Span.Column).ShouldBe((1, 52));
    }

    [Fact]
    public void Closing_mark_after_a_bare_word_is_reported_without_inventing_a_quote()
    {
        const string text = "The mayor, Rafael Ortiz, called the plan ambitious” and promised a vote in June.";
        var (_, analysis) = QuoteHarness.Run(text);
        analysis.Attributions.ShouldBeEmpty();
        var f = analysis.Findings.Single();
        (f.Id, f.Span.Column).ShouldBe((FindingCatalog.UnbalancedQuote, 51));
        f.Arguments[0].ShouldBe("Closing quotation mark '\u201D' without an opening mark");
    }

    [Fact]
    public void Stray_marks_are_reported_and_swallow_nothing()
    {
        const string text = "Turnout was 64 percent, “ up from 58 percent.\nThe commission said the count went smoothly.\n“It went well,” an official said.";
        var (_, analysis) = QuoteHarness.Run(text);
        analysis.Attributions.Select(a => a.Quote.Text).ShouldBe(new[] { "It went well," });
        var f = analysis.Findings.Single(x => x.Id == FindingCatalog.UnbalancedQuote);
        (f.Span.Line, f.Span.Column).ShouldBe((1, 25));
    }

    [Fact]
    public void Mark_before_punctuation_is_stray()
    {
        const string text = "They must “make hard choices” “: support Ukraine without escalation.\n“Next quote here,” he said.";
        var (_, analysis) = QuoteHarness.Run(text);
        analysis.Attributions.Select(a => a.Quote.Text).ShouldBe(new[] { "make hard choices", "Next quote here," });
        analysis.Findings.Count(f => f.Id == FindingCatalog.UnbalancedQuote).ShouldBe(1);
    }

    [Fact]
    public void Mixed_curly_and_straight_marks_pair()
    {
        var q = Quotes("“We ask for a fair hearing, nothing more,\" lawyer Femi Adebayo said.").Single();
        q.Quote.Text.ShouldBe("We ask for a fair hearing, nothing more,");
        q.SpeakerName.ShouldBe("Femi Adebayo");
    }
}
