using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Cli.Analysis;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;

namespace Corpus.Cli.Output
{
    /// <summary>
    /// The <c>inspect --json</c> document. Written field by field so the shape is exactly the documented one
    /// (see docs/cli.md) and the output is byte-for-byte deterministic.
    /// </summary>
    public static class JsonReport
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Output is for terminals and tools, not HTML: keep non-ASCII letters and typographic quotes readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static void Write(CorpusRun run, TextWriter output)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                json.WriteStartObject();
                WriteArticles(json, run);
                WriteParticipants(json, run.Corpus);
                WriteDiagnostics(json, run);
                json.WriteEndObject();
            }
            output.Write(Encoding.UTF8.GetString(stream.ToArray()));
            output.Write('\n');
        }

        private static void WriteArticles(Utf8JsonWriter json, CorpusRun run)
        {
            json.WriteStartArray("articles");
            for (var a = 0; a < run.Articles.Count; a++)
            {
                var article = run.Articles[a];
                var entry = run.Corpus.Articles[a];
                json.WriteStartObject();
                json.WriteString("id", entry.Identifier);
                json.WriteString("path", article.Path);
                json.WriteString("title", article.Title);
                json.WriteString("date", article.Date);
                json.WriteString("source", article.Source);
                json.WriteStartArray("paragraphs");
                foreach (var paragraph in article.Paragraphs)
                {
                    json.WriteStartObject();
                    json.WriteNumber("line", paragraph.Span.Line);
                    json.WriteString("text", paragraph.Text);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("quotes");
                for (var q = 0; q < article.Quotes.Count; q++) WriteQuote(json, article.Quotes[q], run.SpeakerOf(a, q));
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        private static void WriteQuote(Utf8JsonWriter json, QuoteSpec quote, string? speaker)
        {
            var first = quote.Segments.Count > 0 ? quote.Segments[0] : default;
            var last = quote.Segments.Count > 0 ? quote.Segments[quote.Segments.Count - 1] : default;
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            json.WriteString("speaker", speaker);
            json.WriteNumber("line", first.Line);
            json.WriteNumber("column", first.Column);
            json.WriteNumber("start", first.Start);
            json.WriteNumber("end", last.End);
            json.WriteBoolean("isFragment", quote.IsFragment);
            json.WriteEndObject();
        }

        private static void WriteParticipants(Utf8JsonWriter json, CorpusModel corpus)
        {
            json.WriteStartArray("participants");
            foreach (var participant in corpus.Participants)
            {
                json.WriteStartObject();
                json.WriteString("name", participant.Name);
                json.WriteString("kind", Names.Of(participant.Kind));
                WriteStrings(json, "aliases", participant.Aliases);
                WriteStrings(json, "roles", participant.Roles);
                json.WriteStartArray("articles");
                foreach (var index in participant.Articles) json.WriteStringValue(corpus.Articles[index].Identifier);
                json.WriteEndArray();
                json.WriteNumber("quoteCount", participant.Quotes.Count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        private static void WriteDiagnostics(Utf8JsonWriter json, CorpusRun run)
        {
            json.WriteStartArray("diagnostics");
            foreach (var d in run.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", Names.Of(d.Severity));
                json.WriteString("path", d.Path);
                json.WriteNumber("line", d.Span.Line);
                json.WriteNumber("column", d.Span.Column);
                json.WriteNumber("endLine", d.Span.EndLine);
                json.WriteNumber("endColumn", d.Span.EndColumn);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        private static void WriteStrings(Utf8JsonWriter json, string name, EquatableArray<string> values)
        {
            json.WriteStartArray(name);
            foreach (var value in values) json.WriteStringValue(value);
            json.WriteEndArray();
        }
    }
}
