using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>
    /// Links quotes in different articles that report the same statement with different wording.
    /// <para>Measure: quotes are reduced to sets of content-word stems (<see cref="ContentWords"/>). Two
    /// quotes are variants when they share at least <see cref="MinShared"/> stems and one of: the Dice
    /// coefficient reaches <see cref="MinDice"/> (a paraphrase or translation of the whole statement); it
    /// reaches <see cref="MinDiceWhenManyShared"/> with at least <see cref="ManyShared"/> shared stems (a
    /// looser translation of a longer statement); or the shorter quote is contained in the longer for at
    /// least <see cref="MinContainment"/> of its stems (a truncated quote). Calibrated on
    /// QuoteVariantFinderTests: one statement reported by several outlets, truncations, and templated
    /// statements that share a frame ("the budget for X will rise by N percent next year") but must stay apart.
    /// Two quotes that both contain numbers but no number in common are never variants.</para>
    /// <para>Cost: no all-pairs comparison. Candidates come from an inverted index of stems; a stem used by
    /// more than <see cref="MaxPostings"/> quotes is not followed, so each quote touches a bounded number
    /// of others and the work grows with the corpus, not with its square.</para>
    /// </summary>
    public static class QuoteVariantFinder
    {
        public const int MinShared = 4;
        public const double MinDice = 0.6;
        public const int ManyShared = 6;
        public const double MinDiceWhenManyShared = 0.45;
        public const double MinContainment = 0.8;
        public const int MinStems = 5;
        public const int MaxPostings = 256;

        /// <summary>Groups of variants (each group at least two quotes, from at least two articles), sorted.</summary>
        public static List<List<QuoteRef>> Find(IReadOnlyList<ArticleModel> articles, System.Threading.CancellationToken cancellationToken = default)
        {
            var refs = new List<QuoteRef>();
            var stems = new List<HashSet<string>>();
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var a = 0; a < articles.Count; a++)
            {
                for (var q = 0; q < articles[a].Quotes.Count; q++)
                {
                    var quote = articles[a].Quotes[q];
                    if (quote.IsFragment) continue;
                    var set = new HashSet<string>(ContentWords.Stems(quote.Text), StringComparer.Ordinal);
                    if (set.Count < MinStems) continue;
                    refs.Add(new QuoteRef(a, q));
                    stems.Add(set);
                    foreach (var s in set) frequency[s] = frequency.TryGetValue(s, out var n) ? n + 1 : 1;
                }
            }

            var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var parent = new int[refs.Count];
            for (var i = 0; i < parent.Length; i++) parent[i] = i;

            for (var i = 0; i < refs.Count; i++)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                // Count the stems each earlier quote shares with this one through the index. A stem used
                // by more than MaxPostings quotes says nothing about identity and is not followed.
                var shared = new Dictionary<int, int>();
                foreach (var stem in stems[i])
                {
                    if (frequency[stem] > MaxPostings || !index.TryGetValue(stem, out var postings)) continue;
                    foreach (var j in postings)
                    {
                        if (refs[j].Article != refs[i].Article) shared[j] = shared.TryGetValue(j, out var n) ? n + 1 : 1;
                    }
                }
                foreach (var pair in shared)
                {
                    if (pair.Value >= MinShared && AreVariants(stems[i], stems[pair.Key])) Union(parent, i, pair.Key);
                }
                foreach (var s in stems[i])
                {
                    if (!index.TryGetValue(s, out var list)) index[s] = list = new List<int>();
                    list.Add(i);
                }
            }

            var groups = new Dictionary<int, List<QuoteRef>>();
            for (var i = 0; i < refs.Count; i++)
            {
                var root = Root(parent, i);
                if (!groups.TryGetValue(root, out var g)) groups[root] = g = new List<QuoteRef>();
                g.Add(refs[i]);
            }
            var result = new List<List<QuoteRef>>();
            foreach (var g in groups.Values)
            {
                if (g.Count < 2) continue;
                g.Sort(Compare);
                result.Add(g);
            }
            result.Sort((x, y) => Compare(x[0], y[0]));
            return result;
        }

        /// <summary>The variant test on two stem sets; public so thresholds can be calibrated in tests.</summary>
        public static bool AreVariants(HashSet<string> a, HashSet<string> b)
        {
            var shared = 0;
            var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
            foreach (var s in small)
            {
                if (large.Contains(s)) shared++;
            }
            if (shared < MinShared) return false;
            // Numbers are the facts of a statement: two quotes that both give numbers and share none differ.
            if (HasNumber(a) && HasNumber(b) && !SharesNumber(small, large)) return false;
            var dice = 2.0 * shared / (a.Count + b.Count);
            var containment = (double)shared / small.Count;
            return dice >= MinDice || (shared >= ManyShared && dice >= MinDiceWhenManyShared) || containment >= MinContainment;
        }

        private static bool HasNumber(HashSet<string> stems)
        {
            foreach (var s in stems)
            {
                if (char.IsDigit(s[0])) return true;
            }
            return false;
        }

        private static bool SharesNumber(HashSet<string> small, HashSet<string> large)
        {
            foreach (var s in small)
            {
                if (char.IsDigit(s[0]) && large.Contains(s)) return true;
            }
            return false;
        }

        private static int Compare(QuoteRef x, QuoteRef y)
        {
            var c = x.Article.CompareTo(y.Article);
            return c != 0 ? c : x.Quote.CompareTo(y.Quote);
        }

        private static int Root(int[] parent, int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private static void Union(int[] parent, int a, int b)
        {
            var ra = Root(parent, a);
            var rb = Root(parent, b);
            if (ra == rb) return;
            if (ra < rb) parent[rb] = ra;
            else parent[ra] = rb;
        }
    }
}
