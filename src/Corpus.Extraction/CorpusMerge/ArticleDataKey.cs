using System.Text;
using Corpus.Extraction.Naming;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>
    /// A name for an article's private data members that depends only on its path, so an article's
    /// generated file never changes because another article was added (stable per-file output).
    /// </summary>
    public static class ArticleDataKey
    {
        public static string For(string path)
        {
            var normalized = path.Replace('\\', '/');
            var name = IdentifierNames.FromFileName(ArticleExtractor.WithoutExtension(ArticleExtractor.FileNameOf(normalized))).TrimStart('@', '_');
            if (name.Length > 40) name = name.Substring(0, 40);
            var sb = new StringBuilder("A_");
            sb.Append(name).Append('_').Append(Hash(normalized).ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        /// <summary>A stable 64-bit hash (FNV-1a) of the path with '/' separators; the same on every machine.</summary>
        public static ulong Hash(string path)
        {
            unchecked
            {
                ulong hash = 14695981039346656037UL;
                foreach (var c in path)
                {
                    hash ^= c == '\\' ? '/' : c;
                    hash *= 1099511628211UL;
                }
                return hash;
            }
        }
    }
}
