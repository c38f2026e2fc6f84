using System;

namespace Corpus.Generator.Pipeline
{
    /// <summary>Path arithmetic on strings only (the generator does no file IO).</summary>
    internal static class PathUtil
    {
        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="baseDir"/> with '/' separators; a file outside
        /// the project gets <c>../</c> segments; one on another root keeps only its name, so no machine path reaches generated code.
        /// </summary>
        public static string Relative(string path, string? baseDir)
        {
            var p = path.Replace('\\', '/');
            if (string.IsNullOrEmpty(baseDir)) return FileName(p);
            var target = p.Split('/');
            var from = baseDir!.Replace('\\', '/').TrimEnd('/').Split('/');
            var common = 0;
            while (common < from.Length && common < target.Length - 1 && string.Equals(from[common], target[common], StringComparison.OrdinalIgnoreCase)) common++;
            // Different roots (another drive): keep only the name rather than a machine path.
            if (common == 0) return FileName(p);
            var sb = new System.Text.StringBuilder();
            for (var i = common; i < from.Length; i++) sb.Append("../");
            for (var i = common; i < target.Length; i++)
            {
                if (i > common) sb.Append('/');
                sb.Append(target[i]);
            }
            return sb.ToString();
        }

        public static string FileName(string path)
        {
            var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }
    }
}
