using System.Text.Json;
using Corpus.Cli.Analysis;
using Corpus.Cli.Output;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;

namespace Corpus.Cli.Tests;

/// <summary>
/// Quotes and participants from a hand-made model (not the engine), so the report's structure and
/// links (speaker names, offsets, article ids) are checked whatever the engine currently extracts.
/// </summary>
public sealed class ModelReportTests
{
    private const string Said = "\u201CWe will reopen the pier by June,\u201D Jane Doe said.";
    private const string Continued = "\u201CThe ferries come first.";
    private const string Ended = "Then the cafes,\u201D she added.";
    private static readonly string Text = Said + "\n" + Continued + "\n" + Ended + "\n";

    private static SourceSpan Span(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        var before = text.Substring(0, start);
        var line = 1 + before.Count(c => c == '\n');
        var column = start - (before.LastIndexOf('\n') + 1) + 1;
        return new SourceSpan(start, value.Length, line, column, line, column + value.Length);
    }

    private static ArticleModel Article(string path, string id)
    {
        var paragraphs = new[] { Said, Continued, Ended }.Select(p => new ParagraphSpec(p, Span(Text, p)));
        var person = new EntitySpec("Jane Doe", EntityKind.Person, EquatableArray.From(new[] { "Doe" }), EquatableArray.From(new[] { "harbour master" }), EquatableArray.From(new[] { Span(Text, "Jane Doe") }));
        var place = new EntitySpec("Valley Port", EntityKind.Place, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<SourceSpan>.Empty);
        var one = new QuoteSpec("We will reopen the pier by June,", EquatableArray.From(new[] { Span(Text, "We will reopen the pier by June,") }), false, 0, AttributionKind.Explicit);
        var two = new QuoteSpec("The ferries come first. Then the cafes,", EquatableArray.From(new[] { Span(Text, "The ferries come first."), Span(Text, "Then the cafes,") }), false, -1, AttributionKind.None);
        return new ArticleModel(path, Path.GetFileName(path), id, Text, "Pier", "2024-05-01", "Valley News",
            EquatableArray.From(paragraphs), EquatableArray.From(new[] { one, two }), EquatableArray.From(new[] { person, place }), EquatableArray<Finding>.Empty);
    }

    private static CorpusRun Run() =>
        CorpusRun.FromModels([Article("news/b.txt", "B"), Article("news/a.txt", "A")], Array.Empty<CorpusFinding>(), SeverityRules.Default, 2);

    private static JsonDocument Json()
    {
        using var writer = new StringWriter();
        JsonReport.Write(Run(), writer);
        return JsonDocument.Parse(writer.ToString());
    }

    [Fact]
    public void Quotes_have_speaker_name_position_and_offsets_of_first_and_last_segment()
    {
        using var doc = Json();
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToList();
        articles.Select(a => a.GetProperty("id").GetString()).ShouldBe(["A", "B"]);
        var quotes = articles[0].GetProperty("quotes").EnumerateArray().ToList();
        quotes.Count.ShouldBe(2);
        quotes.ForEach(JsonShapeTests.QuoteShape);

        quotes[0].GetProperty("text").GetString().ShouldBe("We will reopen the pier by June,");
        quotes[0].GetProperty("speaker").GetString().ShouldBe("Jane Doe");
        quotes[0].GetProperty("line").GetInt32().ShouldBe(1);
        quotes[0].GetProperty("column").GetInt32().ShouldBe(2);
        quotes[0].GetProperty("start").GetInt32().ShouldBe(1);
        quotes[0].GetProperty("end").GetInt32().ShouldBe(1 + "We will reopen the pier by June,".Length);
        quotes[0].GetProperty("isFragment").GetBoolean().ShouldBeFalse();

        quotes[1].GetProperty("speaker").ValueKind.ShouldBe(JsonValueKind.Null);
        quotes[1].GetProperty("line").GetInt32().ShouldBe(2);
        quotes[1].GetProperty("start").GetInt32().ShouldBe(Text.IndexOf("The ferries", StringComparison.Ordinal));
        quotes[1].GetProperty("end").GetInt32().ShouldBe(Text.IndexOf("Then the cafes,", StringComparison.Ordinal) + "Then the cafes,".Length);
    }

    [Fact]
    public void Participants_have_lowercase_kind_article_ids_and_quote_count()
    {
        using var doc = Json();
        var participants = doc.RootElement.GetProperty("participants").EnumerateArray().ToList();
        participants.ForEach(JsonShapeTests.ParticipantShape);
        var jane = participants.Single(p => p.GetProperty("name").GetString() == "Jane Doe");
        jane.GetProperty("kind").GetString().ShouldBe("person");
        jane.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldContain("Doe");
        jane.GetProperty("roles").EnumerateArray().Select(a => a.GetString()).ShouldContain("harbour master");
        jane.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).ShouldBe(["A", "B"]);
        jane.GetProperty("quoteCount").GetInt32().ShouldBe(2);
        var place = participants.Single(p => p.GetProperty("name").GetString() == "Valley Port");
        place.GetProperty("kind").GetString().ShouldBe("place");
        place.GetProperty("quoteCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void Text_report_lists_quotes_with_speaker_and_participants_with_kind()
    {
        using var writer = new StringWriter();
        TextReport.Write(Run(), writer);
        var text = writer.ToString();
        text.ShouldContain("\"We will reopen the pier by June,\" (Jane Doe)");
        text.ShouldContain("(unknown speaker)");
        text.ShouldContain("Jane Doe (person)");
        text.ShouldContain("Roles:    harbour master");
        text.ShouldContain("Articles: A, B");
        text.ShouldContain("Quotes:   2");
        text.ShouldNotContain("\u001b");
    }
}
