using System.Collections.Generic;

namespace Corpus.Extraction.Findings
{
    /// <summary>
    /// The diagnostics catalogue as plain data: one entry per ID, shared by the generator's
    /// descriptors and the CLI, so both report the same words. IDs are public API: never reuse one.
    /// </summary>
    public static class FindingCatalog
    {
        public const string Category = "Corpus";

        public const string EmptyArticle = "CORPUS001";
        public const string EmptyArticleTitle = "Empty article";
        public const string EmptyArticleMessage = "Article '{0}' has no text left after removing whitespace and boilerplate";

        public const string TextDamage = "CORPUS002";
        public const string TextDamageTitle = "Damaged text";
        public const string TextDamageMessage = "Damaged text: {0}";

        public const string UnbalancedQuote = "CORPUS003";
        public const string UnbalancedQuoteTitle = "Unbalanced quotation mark";
        public const string UnbalancedQuoteMessage = "{0}";

        public const string RepeatedParagraph = "CORPUS004";
        public const string RepeatedParagraphTitle = "Repeated paragraph";
        public const string RepeatedParagraphMessage = "This paragraph repeats the paragraph at line {0}{1}";

        public const string DuplicateArticle = "CORPUS005";
        public const string DuplicateArticleTitle = "Duplicated article";
        public const string DuplicateArticleMessage = "This article duplicates '{0}'{1}";

        public const string RunTogether = "CORPUS006";
        public const string RunTogetherTitle = "Words run together";
        public const string RunTogetherMessage = "'{0}' looks like words run together; a space is probably missing";

        public const string Boilerplate = "CORPUS007";
        public const string BoilerplateTitle = "Web boilerplate removed";
        public const string BoilerplateMessage = "Removed web boilerplate from the body ({0}): '{1}'";

        public const string UnknownSpeaker = "CORPUS008";
        public const string UnknownSpeakerTitle = "Quote without a speaker";
        public const string UnknownSpeakerMessage = "No speaker could be determined for the quote '{0}'";

        public const string IdentifierConflict = "CORPUS009";
        public const string IdentifierConflictTitle = "Generated identifier conflict or invalid override";
        public const string IdentifierConflictMessage = "{0}";

        public const string QuoteVariant = "CORPUS010";
        public const string QuoteVariantTitle = "Same statement quoted with different wording";
        public const string QuoteVariantMessage = "The same statement is quoted with different wording in {0}";

        public const string UnreadableMetadata = "CORPUS011";
        public const string UnreadableMetadataTitle = "Unreadable metadata";
        public const string UnreadableMetadataMessage = "{0}";

        public const string HeadingLine = "CORPUS012";
        public const string HeadingLineTitle = "Heading or fragment line in the body";
        public const string HeadingLineMessage = "Line '{0}' is a heading or fragment, not a sentence; kept out of the paragraphs";

        public const string SkippedFile = "CORPUS013";
        public const string SkippedFileTitle = "Article file skipped";
        public const string SkippedFileMessage = "This file was skipped: {0}";

        public const string UnsupportedTarget = "CORPUS014";
        public const string UnsupportedTargetTitle = "Project cannot compile the generated corpus";
        public const string UnsupportedTargetMessage = "The generated corpus needs {0}; no corpus code was generated";

        public const string InternalError = "CORPUS999";
        public const string InternalErrorTitle = "Internal error in the Corpus generator";
        public const string InternalErrorMessage = "The Corpus generator failed on this file and skipped it: {0}";

        public static readonly IReadOnlyList<FindingInfo> All = new[]
        {
            new FindingInfo(EmptyArticle, EmptyArticleTitle, EmptyArticleMessage, FindingSeverity.Warning),
            new FindingInfo(TextDamage, TextDamageTitle, TextDamageMessage, FindingSeverity.Warning),
            new FindingInfo(UnbalancedQuote, UnbalancedQuoteTitle, UnbalancedQuoteMessage, FindingSeverity.Warning),
            new FindingInfo(RepeatedParagraph, RepeatedParagraphTitle, RepeatedParagraphMessage, FindingSeverity.Warning),
            new FindingInfo(DuplicateArticle, DuplicateArticleTitle, DuplicateArticleMessage, FindingSeverity.Warning),
            new FindingInfo(RunTogether, RunTogetherTitle, RunTogetherMessage, FindingSeverity.Info),
            new FindingInfo(Boilerplate, BoilerplateTitle, BoilerplateMessage, FindingSeverity.Info),
            new FindingInfo(UnknownSpeaker, UnknownSpeakerTitle, UnknownSpeakerMessage, FindingSeverity.Info),
            new FindingInfo(IdentifierConflict, IdentifierConflictTitle, IdentifierConflictMessage, FindingSeverity.Warning),
            new FindingInfo(QuoteVariant, QuoteVariantTitle, QuoteVariantMessage, FindingSeverity.Info),
            new FindingInfo(UnreadableMetadata, UnreadableMetadataTitle, UnreadableMetadataMessage, FindingSeverity.Warning),
            new FindingInfo(HeadingLine, HeadingLineTitle, HeadingLineMessage, FindingSeverity.Info),
            new FindingInfo(SkippedFile, SkippedFileTitle, SkippedFileMessage, FindingSeverity.Warning),
            new FindingInfo(UnsupportedTarget, UnsupportedTargetTitle, UnsupportedTargetMessage, FindingSeverity.Error),
            new FindingInfo(InternalError, InternalErrorTitle, InternalErrorMessage, FindingSeverity.Error),
        };

        public static FindingInfo Get(string id)
        {
            foreach (var info in All)
            {
                if (info.Id == id) return info;
            }
            throw new KeyNotFoundException("Unknown finding ID " + id);
        }
    }

    public sealed record FindingInfo(string Id, string Title, string MessageFormat, FindingSeverity DefaultSeverity)
    {
        public string Format(IReadOnlyList<string> arguments)
        {
            var args = new object[arguments.Count];
            for (var i = 0; i < args.Length; i++) args[i] = arguments[i];
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
        }
    }
}
