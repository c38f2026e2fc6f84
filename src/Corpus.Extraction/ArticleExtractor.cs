using System;
using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;
using Corpus.Extraction.Naming;
using Corpus.Extraction.Parsing;
using Corpus.Extraction.Participants;
using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction
{
    /// <summary>
    /// The engine's entry point for one file: text in, <see cref="ArticleModel"/> out.
    /// Stages: sanitise, parse structure, find participants, find and attribute quotes, detect repeats.
    /// </summary>
    public static class ArticleExtractor
    {
        public static ArticleModel Extract(string path, string text, ArticleOverrides? overrides = null, CancellationToken cancellationToken = default)
        {
            overrides ??= ArticleOverrides.None;
            var fileName = FileNameOf(path);
            var findings = new List<Finding>();

            cancellationToken.ThrowIfCancellationRequested();
            var clean = TextSanitizer.ReplaceLoneSurrogates(text);
            var articleText = new ArticleText(clean);
            TextDamageScanner.Scan(articleText, findings);

            var document = DocumentParser.Parse(articleText, cancellationToken);
            findings.AddRange(document.Findings);

            var participants = ParticipantFinder.Find(articleText, document.Paragraphs, cancellationToken);
            findings.AddRange(participants.Findings);

            var quotes = QuoteExtractor.Extract(articleText, document.Paragraphs, participants, cancellationToken);
            findings.AddRange(quotes.Findings);

            RepeatedParagraphDetector.Detect(document.Paragraphs, findings, cancellationToken);

            var title = document.Title;
            var date = document.Date;
            var source = document.Source;
            var id = IdentifierNames.FromFileName(WithoutExtension(fileName));
            var fileSpan = SourceSpan.FileStart;
            if (overrides.Title != null)
            {
                if (overrides.Title.Trim().Length == 0)
                    findings.Add(Finding.Create(FindingCatalog.UnreadableMetadata, fileSpan, "The CorpusTitle override is empty; the title from the text is used"));
                else
                    title = overrides.Title.Trim();
            }
            if (overrides.Date != null)
            {
                var parsed = DateRecognizer.Parse(overrides.Date);
                if (parsed is null)
                    findings.Add(Finding.Create(FindingCatalog.UnreadableMetadata, fileSpan, "The CorpusDate override '" + overrides.Date + "' is not a date (use yyyy-MM-dd)"));
                else
                    date = parsed;
            }
            if (!string.IsNullOrWhiteSpace(overrides.Source)) source = overrides.Source!.Trim();
            if (overrides.Id != null)
            {
                if (IdentifierNames.IsValidIdentifier(overrides.Id.Trim()))
                    id = overrides.Id.Trim();
                else
                    findings.Add(Finding.Create(FindingCatalog.IdentifierConflict, fileSpan, "The CorpusId override '" + overrides.Id + "' is not a valid C# identifier; '" + id + "' is used instead"));
            }

            if (document.Paragraphs.Count == 0)
                findings.Add(Finding.Create(FindingCatalog.EmptyArticle, fileSpan, fileName));

            findings.Sort(FindingOrder.Compare);
            return new ArticleModel(
                path,
                fileName,
                id,
                clean,
                title,
                date,
                source,
                EquatableArray.From(document.Paragraphs),
                EquatableArray.From(quotes.Quotes),
                EquatableArray.From(participants.Entities),
                EquatableArray.From(findings),
                EquatableArray.From(document.Headings),
                RoleMentionsOf(articleText, participants));
        }

        private static EquatableArray<RoleMentionSpec> RoleMentionsOf(ArticleText text, ParticipantExtraction participants)
        {
            if (participants.UnresolvedRoles.Count == 0) return EquatableArray<RoleMentionSpec>.Empty;
            var result = new RoleMentionSpec[participants.UnresolvedRoles.Count];
            for (var i = 0; i < result.Length; i++)
            {
                var r = participants.UnresolvedRoles[i];
                result[i] = new RoleMentionSpec(r.Role, text.Span(r.Start, r.Length));
            }
            return new EquatableArray<RoleMentionSpec>(result);
        }

        internal static string FileNameOf(string path)
        {
            var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }

        internal static string WithoutExtension(string fileName)
        {
            var dot = fileName.LastIndexOf('.');
            return dot > 0 ? fileName.Substring(0, dot) : fileName;
        }
    }
}
