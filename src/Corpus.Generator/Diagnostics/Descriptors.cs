using System.Collections.Generic;
using System.Collections.Immutable;
using Corpus.Extraction.Findings;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics
{
    /// <summary>One descriptor per catalogue entry; texts come from the engine's <see cref="FindingCatalog"/>.</summary>
    internal static class Descriptors
    {

        public static readonly DiagnosticDescriptor EmptyArticle = Create(FindingCatalog.EmptyArticle, FindingCatalog.EmptyArticleTitle, FindingCatalog.EmptyArticleMessage, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor TextDamage = Create(FindingCatalog.TextDamage, FindingCatalog.TextDamageTitle, FindingCatalog.TextDamageMessage, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor UnbalancedQuote = Create(FindingCatalog.UnbalancedQuote, FindingCatalog.UnbalancedQuoteTitle, FindingCatalog.UnbalancedQuoteMessage, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor RepeatedParagraph = Create(FindingCatalog.RepeatedParagraph, FindingCatalog.RepeatedParagraphTitle, FindingCatalog.RepeatedParagraphMessage, DiagnosticSeverity.Warning);
        // Cross-file findings are reported when the whole compilation has been seen.
        public static readonly DiagnosticDescriptor DuplicateArticle = Create(FindingCatalog.DuplicateArticle, FindingCatalog.DuplicateArticleTitle, FindingCatalog.DuplicateArticleMessage, DiagnosticSeverity.Warning, WellKnownDiagnosticTags.CompilationEnd);
        public static readonly DiagnosticDescriptor RunTogether = Create(FindingCatalog.RunTogether, FindingCatalog.RunTogetherTitle, FindingCatalog.RunTogetherMessage, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor Boilerplate = Create(FindingCatalog.Boilerplate, FindingCatalog.BoilerplateTitle, FindingCatalog.BoilerplateMessage, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor UnknownSpeaker = Create(FindingCatalog.UnknownSpeaker, FindingCatalog.UnknownSpeakerTitle, FindingCatalog.UnknownSpeakerMessage, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor IdentifierConflict = Create(FindingCatalog.IdentifierConflict, FindingCatalog.IdentifierConflictTitle, FindingCatalog.IdentifierConflictMessage, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor QuoteVariant = Create(FindingCatalog.QuoteVariant, FindingCatalog.QuoteVariantTitle, FindingCatalog.QuoteVariantMessage, DiagnosticSeverity.Info, WellKnownDiagnosticTags.CompilationEnd);
        public static readonly DiagnosticDescriptor UnreadableMetadata = Create(FindingCatalog.UnreadableMetadata, FindingCatalog.UnreadableMetadataTitle, FindingCatalog.UnreadableMetadataMessage, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor HeadingLine = Create(FindingCatalog.HeadingLine, FindingCatalog.HeadingLineTitle, FindingCatalog.HeadingLineMessage, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor SkippedFile = Create(FindingCatalog.SkippedFile, FindingCatalog.SkippedFileTitle, FindingCatalog.SkippedFileMessage, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor UnsupportedTarget = Create(FindingCatalog.UnsupportedTarget, FindingCatalog.UnsupportedTargetTitle, FindingCatalog.UnsupportedTargetMessage, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor InternalError = Create(FindingCatalog.InternalError, FindingCatalog.InternalErrorTitle, FindingCatalog.InternalErrorMessage, DiagnosticSeverity.Error);

        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            EmptyArticle, TextDamage, UnbalancedQuote, RepeatedParagraph, DuplicateArticle, RunTogether, Boilerplate,
            UnknownSpeaker, IdentifierConflict, QuoteVariant, UnreadableMetadata, HeadingLine, SkippedFile, UnsupportedTarget, InternalError);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = BuildIndex();

        public static DiagnosticDescriptor ForId(string id) => ById[id];

        private static Dictionary<string, DiagnosticDescriptor> BuildIndex()
        {
            var map = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var d in All) map[d.Id] = d;
            return map;
        }

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, params string[] tags)
            => new DiagnosticDescriptor(id, title, message, FindingCatalog.Category, severity, isEnabledByDefault: true, customTags: tags);
    }
}
