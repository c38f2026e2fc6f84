using System;
using System.Threading;
using Corpus.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline
{
    /// <summary>Decides which additional files are articles and reads each one once.</summary>
    internal static class ArticleInputReader
    {
        // .txt files that other analyzers use; never articles unless marked CorpusArticle="true".
        private static readonly string[] KnownNonArticles = { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt", "BannedSymbols.txt" };

        public static ArticleInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
        {
            var options = provider.GetOptions(file);
            var marked = Metadata(options, "CorpusArticle");
            if (string.Equals(marked, "false", StringComparison.OrdinalIgnoreCase)) return null;
            if (!string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase) && !LooksLikeArticle(file.Path)) return null;

            provider.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDir);
            var maxBytes = SettingsReader.MaxFileBytes(provider.GlobalOptions, out _);

            var overrides = new ArticleOverrides(
                Metadata(options, "CorpusTitle"),
                Metadata(options, "CorpusDate"),
                Metadata(options, "CorpusSource"),
                Metadata(options, "CorpusId"));
            var source = file.GetText(cancellationToken);
            var text = source is null ? null : ExtractionCache.TextOf(source);
            return new ArticleInput(file.Path, PathUtil.Relative(file.Path, projectDir), text, overrides, maxBytes);
        }

        private static bool LooksLikeArticle(string path)
        {
            if (!path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return false;
            var name = PathUtil.FileName(path);
            foreach (var known in KnownNonArticles)
            {
                if (string.Equals(name, known, StringComparison.OrdinalIgnoreCase)) return false;
            }
            return true;
        }

        // An empty value means "not set": MSBuild passes unset metadata as an empty string.
        private static string? Metadata(AnalyzerConfigOptions options, string name)
            => options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && value.Length > 0 ? value : null;
    }
}
