using System.Collections.Generic;
using System.Text;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Findings
{
    /// <summary>
    /// CORPUS004: a paragraph that repeats an earlier one of the same article, exactly or nearly.
    /// Paragraphs are compared as sequences of normalised words (case, punctuation, spacing and the dot
    /// of <c>Mr.</c>/<c>Mrs.</c>/<c>Dr.</c> ignored); near repeats by word-trigram overlap (Jaccard at
    /// least <see cref="NearThreshold"/>) found through an index. Words are hashed in place: no strings.
    /// </summary>
    public static class RepeatedParagraphDetector
    {
        private const double NearThreshold = 0.85;
        private const int MinWordsForNear = 8;
        private const int MaxPostings = 64;

        public static void Detect(IReadOnlyList<ParagraphSpec> paragraphs, List<Finding> findings, System.Threading.CancellationToken cancellationToken = default)
        {
            var exact = new Dictionary<ulong, List<int>>();
            var words = new List<ulong>[paragraphs.Count];
            var shingleIndex = new Dictionary<ulong, List<int>>();
            var shingleSets = new HashSet<ulong>?[paragraphs.Count];
            for (var p = 0; p < paragraphs.Count; p++)
            {
                if ((p & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var w = words[p] = WordHashes(paragraphs[p].Text);
                if (w.Count == 0) continue;
                var key = SequenceHash(w);
                if (exact.TryGetValue(key, out var sameHash))
                {
                    var first = sameHash.FindIndex(q => SameWords(words[q], w));
                    if (first >= 0)
                    {
                        Report(paragraphs, p, sameHash[first], exactly: true, findings);
                        continue;
                    }
                    sameHash.Add(p);
                }
                else
                {
                    exact[key] = new List<int> { p };
                }
                if (w.Count < MinWordsForNear) continue;

                var shingles = shingleSets[p] = Shingles(w);
                // Count shared trigrams with earlier paragraphs through the index.
                var shared = new Dictionary<int, int>();
                foreach (var h in shingles)
                {
                    if (!shingleIndex.TryGetValue(h, out var list)) continue;
                    foreach (var q in list) shared[q] = shared.TryGetValue(q, out var n) ? n + 1 : 1;
                }
                var best = -1;
                var bestScore = 0.0;
                foreach (var pair in shared)
                {
                    var union = shingles.Count + shingleSets[pair.Key]!.Count - pair.Value;
                    var score = union == 0 ? 0 : (double)pair.Value / union;
                    if (score > bestScore || (score == bestScore && pair.Key < best))
                    {
                        best = pair.Key;
                        bestScore = score;
                    }
                }
                if (best >= 0 && bestScore >= NearThreshold)
                {
                    Report(paragraphs, p, best, exactly: false, findings);
                    continue;
                }
                foreach (var h in shingles)
                {
                    if (!shingleIndex.TryGetValue(h, out var list)) shingleIndex[h] = list = new List<int>();
                    if (list.Count < MaxPostings) list.Add(p);
                }
            }
        }

        private static void Report(IReadOnlyList<ParagraphSpec> paragraphs, int repeat, int first, bool exactly, List<Finding> findings)
        {
            var line = paragraphs[first].Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            findings.Add(Finding.Create(FindingCatalog.RepeatedParagraph, paragraphs[repeat].Span, line, exactly ? string.Empty : " (nearly the same words)"));
        }

        /// <summary>Normalised words as strings (lower case, apostrophes dropped); used where words are kept.</summary>
        internal static List<string> NormalWords(string text)
        {
            var words = new List<string>();
            var sb = new StringBuilder();
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    sb.Append(char.ToLowerInvariant(c));
                }
                else if (c == '\'' || c == '\u2019')
                {
                    // Apostrophes inside words do not separate them (don't, Nato's).
                    continue;
                }
                else if (sb.Length > 0)
                {
                    words.Add(sb.ToString());
                    sb.Clear();
                }
            }
            if (sb.Length > 0) words.Add(sb.ToString());
            return words;
        }

        /// <summary>The same words as <see cref="NormalWords"/>, each as a 64-bit FNV-1a hash.</summary>
        internal static List<ulong> WordHashes(string text)
        {
            var result = new List<ulong>();
            const ulong Offset = 14695981039346656037UL;
            var hash = Offset;
            var inWord = false;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    unchecked
                    {
                        hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                    }
                    inWord = true;
                }
                else if (c == '\'' || c == '\u2019')
                {
                    continue;
                }
                else if (inWord)
                {
                    result.Add(hash);
                    hash = Offset;
                    inWord = false;
                }
            }
            if (inWord) result.Add(hash);
            return result;
        }

        private static ulong SequenceHash(List<ulong> words)
        {
            unchecked
            {
                var h = 1469598103934665603UL;
                foreach (var w in words) h = (h ^ w) * 1099511628211UL + 0x9E3779B97F4A7C15UL;
                return h;
            }
        }

        private static bool SameWords(List<ulong> a, List<ulong> b)
        {
            if (a.Count != b.Count) return false;
            for (var i = 0; i < a.Count; i++)
            {
                if (a[i] != b[i]) return false;
            }
            return true;
        }

        private static HashSet<ulong> Shingles(List<ulong> words)
        {
            var set = new HashSet<ulong>();
            unchecked
            {
                for (var i = 0; i + 2 < words.Count; i++) set.Add(words[i] * 31 + words[i + 1] * 961 + (words[i + 2] ^ (words[i + 2] >> 29)));
            }
            return set;
        }
    }
}
