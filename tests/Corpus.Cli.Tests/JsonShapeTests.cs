using System.Text.Json;
using System.Text.RegularExpressions;
using Corpus.Extraction;

namespace Corpus.Cli.Tests;

public sealed class JsonShapeTests
{
    private static readonly string[] RootProperties = ["articles", "participants", "diagnostics"];
    private static readonly string[] ArticleProperties = ["id", "path", "title", "date", "source", "paragraphs", "quotes"];
    private static readonly string[] ParagraphProperties = ["line", "text"];
    private static readonly string[] QuoteProperties = ["text", "speaker", "line", "column", "start", "end", "isFragment"];
    private static readonly string[] ParticipantProperties = ["name", "kind", "aliases", "roles", "articles", "quoteCount"];
    private static readonly string[] DiagnosticProperties = ["id", "severity", "path", "line", "column", "endLine", "endColumn", "message"];

    private static JsonDocument InspectSeeds(out string folder)
    {
        folder = SeedFiles.RelativeDirectory;
        var result = Cli.Run("inspect", "--json", folder);
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stderr.ShouldBeEmpty();
        return JsonDocument.Parse(result.Stdout);
    }

    private static void ShouldHaveExactly(JsonElement element, string[] names)
    {
        element.ValueKind.ShouldBe(JsonValueKind.Object);
        element.EnumerateObject().Select(p => p.Name).ToArray().ShouldBe(names);
    }

    private static void ShouldBeStringOrNull(JsonElement element) =>
        element.ValueKind.ShouldBeOneOf(JsonValueKind.String, JsonValueKind.Null);

    [Fact]
    public void Root_and_articles_have_exactly_the_documented_properties_and_types()
    {
        using var doc = InspectSeeds(out _);
        ShouldHaveExactly(doc.RootElement, RootProperties);
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToList();
        articles.Count.ShouldBe(SeedFiles.Paths.Count);
        foreach (var article in articles)
        {
            ShouldHaveExactly(article, ArticleProperties);
            article.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.String);
            article.GetProperty("path").ValueKind.ShouldBe(JsonValueKind.String);
            ShouldBeStringOrNull(article.GetProperty("title"));
            ShouldBeStringOrNull(article.GetProperty("source"));
            var date = article.GetProperty("date");
            ShouldBeStringOrNull(date);
            if (date.ValueKind == JsonValueKind.String) date.GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
            article.GetProperty("paragraphs").ValueKind.ShouldBe(JsonValueKind.Array);
            foreach (var paragraph in article.GetProperty("paragraphs").EnumerateArray())
            {
                ShouldHaveExactly(paragraph, ParagraphProperties);
                paragraph.GetProperty("line").ValueKind.ShouldBe(JsonValueKind.Number);
                paragraph.GetProperty("text").ValueKind.ShouldBe(JsonValueKind.String);
            }
            article.GetProperty("quotes").ValueKind.ShouldBe(JsonValueKind.Array);
            foreach (var quote in article.GetProperty("quotes").EnumerateArray()) QuoteShape(quote);
        }
        articles.Select(a => a.GetProperty("id").GetString()).Distinct().Count().ShouldBe(articles.Count);
    }

    internal static void QuoteShape(JsonElement quote)
    {
        ShouldHaveExactly(quote, QuoteProperties);
        quote.GetProperty("text").ValueKind.ShouldBe(JsonValueKind.String);
        ShouldBeStringOrNull(quote.GetProperty("speaker"));
        foreach (var name in new[] { "line", "column", "start", "end" }) quote.GetProperty(name).ValueKind.ShouldBe(JsonValueKind.Number);
        quote.GetProperty("isFragment").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
    }

    internal static void ParticipantShape(JsonElement participant)
    {
        ShouldHaveExactly(participant, ParticipantProperties);
        participant.GetProperty("name").ValueKind.ShouldBe(JsonValueKind.String);
        participant.GetProperty("kind").GetString().ShouldBeOneOf("person", "organization", "country", "place");
        foreach (var name in new[] { "aliases", "roles", "articles" })
        {
            var array = participant.GetProperty(name);
            array.ValueKind.ShouldBe(JsonValueKind.Array);
            foreach (var item in array.EnumerateArray()) item.ValueKind.ShouldBe(JsonValueKind.String);
        }
        participant.GetProperty("quoteCount").ValueKind.ShouldBe(JsonValueKind.Number);
    }

    [Fact]
    public void Participants_and_diagnostics_have_exactly_the_documented_properties_and_types()
    {
        using var doc = InspectSeeds(out _);
        var articleIds = doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        var articlePaths = doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("path").GetString()).ToHashSet();
        foreach (var participant in doc.RootElement.GetProperty("participants").EnumerateArray())
        {
            ParticipantShape(participant);
            foreach (var id in participant.GetProperty("articles").EnumerateArray()) articleIds.ShouldContain(id.GetString());
        }
        var diagnostics = doc.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.ShouldNotBeEmpty();
        foreach (var d in diagnostics)
        {
            ShouldHaveExactly(d, DiagnosticProperties);
            d.GetProperty("id").GetString()!.ShouldMatch("^CORPUS[0-9]{3}$");
            d.GetProperty("severity").GetString().ShouldBeOneOf("hidden", "info", "warning", "error");
            articlePaths.ShouldContain(d.GetProperty("path").GetString());
            foreach (var name in new[] { "line", "column", "endLine", "endColumn" }) d.GetProperty(name).GetInt32().ShouldBeGreaterThan(0);
            d.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Articles_use_display_paths_under_the_folder_as_given()
    {
        using var doc = InspectSeeds(out var folder);
        var paths = doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("path").GetString()).OrderBy(p => p, StringComparer.Ordinal);
        paths.ShouldBe(SeedFiles.Paths.Select(p => folder + "/" + Path.GetFileName(p)));
    }

    [Fact]
    public void Paragraph_text_and_line_match_the_files()
    {
        using var doc = InspectSeeds(out var folder);
        foreach (var article in doc.RootElement.GetProperty("articles").EnumerateArray())
        {
            var path = article.GetProperty("path").GetString()!;
            var text = File.ReadAllText(Path.Combine(SeedFiles.Directory, Path.GetFileName(path)));
            var paragraphs = article.GetProperty("paragraphs").EnumerateArray().ToList();
            paragraphs.ShouldNotBeEmpty();
            foreach (var paragraph in paragraphs)
            {
                var line = paragraph.GetProperty("line").GetInt32();
                var paragraphText = paragraph.GetProperty("text").GetString()!;
                LinesWhereFound(text, paragraphText).ShouldContain(line, $"{path}: paragraph should be in the file at line {line}");
            }
        }
    }

    [Fact]
    public void Articles_report_what_the_engine_extracts()
    {
        using var doc = InspectSeeds(out var folder);
        foreach (var article in doc.RootElement.GetProperty("articles").EnumerateArray())
        {
            var path = article.GetProperty("path").GetString()!;
            var model = ArticleExtractor.Extract(path, File.ReadAllText(Path.Combine(SeedFiles.Directory, Path.GetFileName(path))), null, TestContext.Current.CancellationToken);
            article.GetProperty("title").GetString().ShouldBe(model.Title);
            article.GetProperty("date").GetString().ShouldBe(model.Date);
            article.GetProperty("source").GetString().ShouldBe(model.Source);
            article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()).ShouldBe(model.Paragraphs.Select(p => p.Text));
            article.GetProperty("quotes").GetArrayLength().ShouldBe(model.Quotes.Count);
        }
    }

    [Fact]
    public void Diagnostics_are_sorted_by_path_line_column_id()
    {
        using var doc = InspectSeeds(out _);
        var keys = doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Path: d.GetProperty("path").GetString()!, Line: d.GetProperty("line").GetInt32(), Column: d.GetProperty("column").GetInt32(), Id: d.GetProperty("id").GetString()!))
            .ToList();
        var sorted = keys.OrderBy(k => k.Path, StringComparer.Ordinal).ThenBy(k => k.Line).ThenBy(k => k.Column).ThenBy(k => k.Id, StringComparer.Ordinal).ToList();
        keys.ShouldBe(sorted);
    }

    [Fact]
    public void Hand_made_corpus_gives_exact_paragraphs_title_and_repeat_diagnostic()
    {
        using var temp = new TempCorpus();
        var file = temp.Write("harbour.txt", Articles.WithRepeat);
        var result = Cli.Run("inspect", "--json", file);
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        var article = doc.RootElement.GetProperty("articles").EnumerateArray().Single();
        article.GetProperty("path").GetString().ShouldBe(file.Replace('\\', '/'));
        article.GetProperty("title").GetString().ShouldBe(Articles.Title);
        article.GetProperty("date").ValueKind.ShouldBe(JsonValueKind.Null);
        article.GetProperty("paragraphs").EnumerateArray().Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("text").GetString()))
            .ShouldBe([(3, Articles.First), (4, Articles.Second), (5, Articles.First)]);
        var diagnostic = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        diagnostic.GetProperty("id").GetString().ShouldBe("CORPUS004");
        diagnostic.GetProperty("severity").GetString().ShouldBe("warning");
        diagnostic.GetProperty("path").GetString().ShouldBe(file.Replace('\\', '/'));
        diagnostic.GetProperty("line").GetInt32().ShouldBe(5);
        diagnostic.GetProperty("column").GetInt32().ShouldBe(1);
        diagnostic.GetProperty("endLine").GetInt32().ShouldBe(5);
        diagnostic.GetProperty("endColumn").GetInt32().ShouldBe(Articles.First.Length + 1);
        diagnostic.GetProperty("message").GetString().ShouldBe("This paragraph repeats the paragraph at line 3");
    }

    [Fact]
    public void Boilerplate_in_the_seeds_is_reported_as_info()
    {
        using var doc = InspectSeeds(out _);
        var boilerplate = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("id").GetString() == "CORPUS007").ToList();
        boilerplate.ShouldNotBeEmpty();
        boilerplate.ShouldAllBe(d => d.GetProperty("severity").GetString() == "info");
    }

    private static List<int> LinesWhereFound(string text, string value)
    {
        var lines = new List<int>();
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            lines.Add(1 + Regex.Matches(text.Substring(0, at), "\r\n|\r|\n").Count);
        }
        return lines;
    }
}
