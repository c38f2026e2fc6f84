using System.Collections.Generic;
using System.Text;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Findings
{
    /// <summary>
    /// CORPUS004: a paragraph that repeats an earlier one of the same article, exactly or nearly.
    /// Paragraphs are compared by a normal form (case, punctuation, spacing and the dot of
    /// <c>Mr.</c>/<c>Mrs.</c>/<c>Dr.</c> ignored); near repeats by word-trigram overlap found through an index.
    /// </summary>
    public static class RepeatedParagraphDetector
    {
        private const double NearThreshold = 0.85;
        private const int MinWordsForNear = 8;
        private const int MaxPostings = 64;

        public static void Detect(IReadOnlyList<ParagraphSpec> paragraphs, List<Finding> findings)
        {
            var exact = new Dictionary<string, int>();
            var shingleIndex = new Dictionary<int, List<int>>();
            var shingleSets = new List<HashSet<int>>(paragraphs.Count);
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var words = NormalWords(paragraphs[p].Text);
                var key = string.Join(" ", words);
                var shingles = Shingles(words);
                shingleSets.Add(shingles);
                if (key.Length == 0) continue;
                if (exact.TryGetValue(key, out var first))
                {
                    Report(paragraphs, p, first, exactly: true, findings);
                    continue;
                }
                exact[key] = p;
                if (words.Count < MinWordsForNear)
                {
                    continue;
                }
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
                    var other = shingleSets[pair.Key];
                    var union = shingles.Count + other.Count - pair.Value;
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

        private static HashSet<int> Shingles(List<string> words)
        {
            var set = new HashSet<int>();
            for (var i = 0; i + 2 < words.Count; i++)
            {
                set.Add(StableHash(words[i], words[i + 1], words[i + 2]));
            }
            return set;
        }

        // string.GetHashCode is randomised per process; a stable hash keeps results reproducible.
        internal static int StableHash(string a, string b, string c)
        {
            unchecked
            {
                var h = (int)2166136261;
                foreach (var s in new[] { a, b, c })
                {
                    foreach (var ch in s) h = (h ^ ch) * 16777619;
                    h = (h ^ ' ') * 16777619;
                }
                return h;
            }
        }
    }
}
