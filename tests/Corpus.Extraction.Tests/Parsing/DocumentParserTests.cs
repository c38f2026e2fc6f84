using Corpus.Extraction.Findings;
using Corpus.Extraction.Parsing;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Parsing;

public class DocumentParserTests
{
    private static ParsedDocument Parse(string text) => DocumentParser.Parse(new ArticleText(text));

    [Fact]
    public void First_line_without_final_period_is_the_title()
    {
        var doc = Parse("Ministers meet in Brussels\n\nThe ministers met on Tuesday. They talked.\n");
        doc.Title.ShouldBe("Ministers meet in Brussels");
        doc.Paragraphs.Count.ShouldBe(1);
        doc.Paragraphs[0].Span.Line.ShouldBe(3);
    }

    [Fact]
    public void First_line_that_is_a_sentence_is_a_paragraph_not_a_title()
    {
        var doc = Parse("The ministers met on Tuesday.\nThey talked.");
        doc.Title.ShouldBeNull();
        doc.Paragraphs.Select(p => p.Text).ShouldBe(new[] { "The ministers met on Tuesday.", "They talked." });
    }

    [Fact]
    public void Paragraph_text_is_the_exact_slice_of_the_original()
    {
        const string text = "  Title here  \r\n\r\n   A sentence with spaces around.   \r\nAnother one.";
        var doc = Parse(text);
        foreach (var p in doc.Paragraphs)
        {
            text.Substring(p.Span.Start, p.Span.Length).ShouldBe(p.Text);
        }
        doc.Paragraphs[0].Span.Column.ShouldBe(4);
        doc.Paragraphs[0].Span.Line.ShouldBe(3);
    }

    [Fact]
    public void Header_date_line_with_share_buttons_gives_date_and_one_boilerplate_block()
    {
        var doc = Parse(" date 2021-03-09 Share this: Facebook\n\nTwitter\n\nLinkedIn\n\nThe council voted on Monday.\n");
        doc.Date.ShouldBe("2021-03-09");
        var boiler = doc.Findings.Where(f => f.Id == FindingCatalog.Boilerplate).ToList();
        boiler.Count.ShouldBe(1);
        boiler[0].Span.Line.ShouldBe(1);
        boiler[0].Span.Column.ShouldBe(18);
        boiler[0].Span.EndLine.ShouldBe(5);
        doc.Paragraphs.Single().Text.ShouldBe("The council voted on Monday.");
    }

    [Fact]
    public void Explicit_header_fields_are_read()
    {
        var doc = Parse("Title: Budget passes\nDate: March 3, 2020\nSource: The Daily Example\n\nThe budget passed.");
        doc.Title.ShouldBe("Budget passes");
        doc.Date.ShouldBe("2020-03-03");
        doc.Source.ShouldBe("The Daily Example");
        doc.Paragraphs.Single().Text.ShouldBe("The budget passed.");
    }

    [Fact]
    public void Short_line_without_punctuation_inside_the_body_is_a_heading()
    {
        var doc = Parse("The council voted on Monday.\n\nNext steps\n\nThe mayor will sign it.");
        doc.Paragraphs.Count.ShouldBe(2);
        var heading = doc.Findings.Single(f => f.Id == FindingCatalog.HeadingLine);
        heading.Span.Line.ShouldBe(3);
    }

    [Theory]
    [InlineData("Source link")]
    [InlineData("Please enter your comment!")]
    [InlineData("Your browser doesn\u2019t support HTML5")]
    [InlineData("(Photo: City Hall)")]
    [InlineData("Become a Patron!")]
    [InlineData("related news")]
    public void Web_furniture_is_boilerplate(string line)
    {
        var doc = Parse("The council voted on Monday.\n" + line + "\nThe mayor will sign it.");
        doc.Paragraphs.Count.ShouldBe(2);
        doc.Findings.Count(f => f.Id == FindingCatalog.Boilerplate).ShouldBe(1);
    }

    [Fact]
    public void A_sentence_mentioning_facebook_is_not_boilerplate()
    {
        var doc = Parse("The company said Facebook would share the data with regulators.");
        doc.Paragraphs.Count.ShouldBe(1);
        doc.Findings.ShouldBeEmpty();
    }
}
