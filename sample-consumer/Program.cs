// Prints the typed corpus of corpus/*.txt through the generated API only: no file is read at run time.
using SampleConsumer;

Console.WriteLine($"Corpus: {Corpus.Articles.Count} articles, {Corpus.Quotes.Count} quotes, {Corpus.Participants.Count} participants");
Console.WriteLine();

foreach (var article in Corpus.Articles)
{
    Console.WriteLine($"== {article.Id} ({article.FileName})");
    Console.WriteLine($"   Title:  {article.Title ?? "(none)"}");
    Console.WriteLine($"   Date:   {article.Date?.ToString("yyyy-MM-dd") ?? "(unknown)"}");
    Console.WriteLine($"   Source: {article.Source ?? "(unknown)"}");
    Console.WriteLine($"   {article.Paragraphs.Count} paragraphs, {article.Quotes.Count} quotes");
    foreach (var quote in article.Quotes)
    {
        var kind = quote.IsFragment ? "fragment" : "quote";
        var speaker = quote.Speaker?.Name ?? "unknown speaker";
        var variants = quote.Variants.Count > 0 ? $" (also quoted in {string.Join(", ", quote.Variants.Select(v => v.Article.Id).Distinct())})" : "";
        Console.WriteLine($"   - [{quote.Line}:{quote.Column}] {kind} by {speaker}: \u201C{Shorten(quote.Text, 90)}\u201D{variants}");
    }
    Console.WriteLine();
}

Console.WriteLine("== Participants");
foreach (var participant in Corpus.Participants)
{
    var roles = participant.Roles.Count > 0 ? " \u2014 " + string.Join("; ", participant.Roles) : "";
    Console.WriteLine($"   {participant.Kind,-12} {participant.Name}{roles} ({participant.Articles.Count} articles, {participant.Quotes.Count} quotes)");
}

static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 3)] + "...";
