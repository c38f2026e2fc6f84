using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Parsing
{
    /// <summary>The document structure: header fields, body paragraphs and structural findings.</summary>
    public sealed class ParsedDocument
    {
        public ParsedDocument(string? title, string? date, string? source, IReadOnlyList<ParagraphSpec> paragraphs, IReadOnlyList<Finding> findings, IReadOnlyList<ParagraphSpec>? headings = null)
        {
            Headings = headings ?? new ParagraphSpec[0];
            Title = title;
            Date = date;
            Source = source;
            Paragraphs = paragraphs;
            Findings = findings;
        }

        public string? Title { get; }

        /// <summary>ISO yyyy-MM-dd, or null.</summary>
        public string? Date { get; }

        public string? Source { get; }

        public IReadOnlyList<ParagraphSpec> Paragraphs { get; }

        /// <summary>Heading and fragment lines of the body (CORPUS012), kept apart from the paragraphs but not lost.</summary>
        public IReadOnlyList<ParagraphSpec> Headings { get; }

        public IReadOnlyList<Finding> Findings { get; }
    }
}
