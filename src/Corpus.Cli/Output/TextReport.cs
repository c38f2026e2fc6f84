using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Corpus.Cli.Analysis;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;

namespace Corpus.Cli.Output
{
    /// <summary>The readable <c>inspect</c> summary: articles, then participants, then diagnostics. Plain text, no colours.</summary>
    public static class TextReport
    {
        private const int MaxQuoteLength = 100;
        private const string None = "(none)";

        public static void Write(CorpusRun run, TextWriter output)
        {
            var corpus = run.Corpus;
            output.WriteLine(Invariant($"Corpus: {Count(corpus.Articles.Count, "article")}, {Count(corpus.Participants.Count, "participant")}, {Count(run.Diagnostics.Count, "diagnostic")}"));

            Heading(output, "Articles", corpus.Articles.Count);
            for (var a = 0; a < run.Articles.Count; a++) WriteArticle(output, run, a);

            Heading(output, "Participants", corpus.Participants.Count);
            foreach (var participant in corpus.Participants) WriteParticipant(output, corpus, participant);

            Heading(output, "Diagnostics", run.Diagnostics.Count);
            foreach (var diagnostic in run.Diagnostics) output.WriteLine(CompilerFormat.Line(diagnostic));
        }

        private static void WriteArticle(TextWriter output, CorpusRun run, int index)
        {
            var article = run.Articles[index];
            output.WriteLine(run.Corpus.Articles[index].Identifier + "  " + article.Path);
            output.WriteLine("  Title:      " + (article.Title ?? None));
            output.WriteLine("  Date:       " + (article.Date ?? None));
            output.WriteLine("  Source:     " + (article.Source ?? None));
            output.WriteLine(Invariant($"  Paragraphs: {article.Paragraphs.Count}"));
            output.WriteLine(Invariant($"  Quotes:     {article.Quotes.Count}"));
            for (var q = 0; q < article.Quotes.Count; q++)
            {
                var quote = article.Quotes[q];
                var at = quote.Segments.Count > 0 ? quote.Segments[0] : default;
                var speaker = run.SpeakerOf(index, q) ?? "unknown speaker";
                var fragment = quote.IsFragment ? ", fragment" : string.Empty;
                output.WriteLine(Invariant($"    {at.Line}:{at.Column}  \"{Shorten(quote.Text)}\" ({speaker}{fragment})"));
            }
            output.WriteLine();
        }

        private static void WriteParticipant(TextWriter output, CorpusModel corpus, ParticipantModel participant)
        {
            output.WriteLine(participant.Name + " (" + Names.Of(participant.Kind) + ")");
            if (participant.Aliases.Count > 0) output.WriteLine("  Aliases:  " + string.Join(", ", participant.Aliases));
            if (participant.Roles.Count > 0) output.WriteLine("  Roles:    " + string.Join(", ", participant.Roles));
            var articles = new List<string>();
            foreach (var a in participant.Articles) articles.Add(corpus.Articles[a].Identifier);
            output.WriteLine("  Articles: " + (articles.Count > 0 ? string.Join(", ", articles) : None));
            output.WriteLine(Invariant($"  Quotes:   {participant.Quotes.Count}"));
            output.WriteLine();
        }

        private static void Heading(TextWriter output, string title, int count)
        {
            output.WriteLine();
            output.WriteLine(Invariant($"== {title} ({count}) =="));
            output.WriteLine();
        }

        private static string Count(int n, string noun) => Invariant($"{n} {noun}{(n == 1 ? string.Empty : "s")}");

        /// <summary>Cuts long quotes for the summary without splitting a surrogate pair.</summary>
        private static string Shorten(string text)
        {
            if (text.Length <= MaxQuoteLength) return text;
            var cut = MaxQuoteLength;
            if (char.IsHighSurrogate(text[cut - 1])) cut--;
            return new StringBuilder(text, 0, cut, cut + 1).Append('\u2026').ToString();
        }

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
