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
    /// of others and the work grows with the corpus, not with its square. Stems get dense ids in an open-addressing
    /// table and the index is flat arrays, so the search allocates per corpus, not per stem or per candidate.</para>
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
            var stems = new EquatableArray<ulong>[articles.Count][];
            for (var a = 0; a < articles.Count; a++)
            {
                stems[a] = new EquatableArray<ulong>[articles[a].Quotes.Count];
                for (var q = 0; q < stems[a].Length; q++)
                {
                    var quote = articles[a].Quotes[q];
                    stems[a][q] = quote.IsFragment ? EquatableArray<ulong>.Empty : ArticleMergeKeys.StemKeys(quote.Text);
                }
            }
            return Find(stems.Length, a => stems[a].Length, (a, q) => stems[a][q], cancellationToken);
        }

        /// <summary>
        /// The same search on stem keys computed beforehand (<see cref="ArticleMergeKeys.QuoteStems"/>): per article,
        /// per quote, its stem hashes ascending (empty to leave the quote out).
        /// </summary>
        public static List<List<QuoteRef>> Find(IReadOnlyList<ArticleMergeKeys> keys, System.Threading.CancellationToken cancellationToken = default)
            => Find(keys.Count, a => keys[a].QuoteStems.Count, (a, q) => keys[a].QuoteStems[q], cancellationToken);

        private static List<List<QuoteRef>> Find(int articleCount, Func<int, int> quoteCount, Func<int, int, EquatableArray<ulong>> stemsOf, System.Threading.CancellationToken cancellationToken)
        {
            // The quotes that take part, and each one's stems as dense ids (flat, with offsets per quote); sized first.
            var taking = 0;
            var total = 0;
            for (var a = 0; a < articleCount; a++)
            {
                var quotes = quoteCount(a);
                for (var q = 0; q < quotes; q++)
                {
                    var n = stemsOf(a, q).Count;
                    if (n < MinStems) continue;
                    taking++;
                    total += n;
                }
            }
            var refs = new QuoteRef[taking];
            var stems = new EquatableArray<ulong>[taking];
            var offsets = new int[taking + 1];
            var flat = new int[total];
            var ids = new StemIds(total);
            var at = 0;
            var next = 0;
            for (var a = 0; a < articleCount; a++)
            {
                var quotes = quoteCount(a);
                for (var q = 0; q < quotes; q++)
                {
                    var set = stemsOf(a, q);
                    if (set.Count < MinStems) continue;
                    refs[at] = new QuoteRef(a, q);
                    stems[at] = set;
                    for (var k = 0; k < set.Count; k++) flat[next++] = ids.Add(set[k]);
                    offsets[++at] = next;
                }
            }
            cancellationToken.ThrowIfCancellationRequested();

            // Postings of each followed stem, quotes ascending: a stem used by more than MaxPostings quotes says nothing
            // about identity and is not followed; a stem of one quote links nothing.
            var frequency = ids.Frequency;
            var start = new int[ids.Count + 1];
            for (var id = 0; id < ids.Count; id++) start[id + 1] = start[id] + (Followed(frequency[id]) ? frequency[id] : 0);
            var postings = new int[start[ids.Count]];
            var fill = new int[ids.Count];
            for (var i = 0; i < refs.Length; i++)
            {
                for (var k = offsets[i]; k < offsets[i + 1]; k++)
                {
                    var id = flat[k];
                    if (Followed(frequency[id])) postings[start[id] + fill[id]++] = i;
                }
            }

            var parent = new int[refs.Length];
            for (var i = 0; i < parent.Length; i++) parent[i] = i;
            // Per earlier quote, the followed stems it shares with this one (counts reset after each quote).
            var shared = new int[refs.Length];
            var touched = new List<int>();
            for (var i = 0; i < refs.Length; i++)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var article = refs[i].Article;
                for (var k = offsets[i]; k < offsets[i + 1]; k++)
                {
                    var id = flat[k];
                    if (!Followed(frequency[id])) continue;
                    for (var p = start[id]; p < start[id + 1]; p++)
                    {
                        var j = postings[p];
                        if (j >= i) break;
                        if (refs[j].Article == article) continue;
                        if (shared[j]++ == 0) touched.Add(j);
                    }
                }
                foreach (var j in touched)
                {
                    if (shared[j] >= MinShared && AreVariants(stems[i], stems[j])) Union(parent, i, j);
                    shared[j] = 0;
                }
                touched.Clear();
            }

            // Groups of two or more; a root is its group's smallest index (see Union), so a quote alone is skipped at no cost.
            var groups = new Dictionary<int, List<QuoteRef>>();
            for (var i = 0; i < refs.Length; i++)
            {
                var root = Root(parent, i);
                if (root == i) continue;
                if (!groups.TryGetValue(root, out var g)) groups[root] = g = new List<QuoteRef> { refs[root] };
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

        private static bool Followed(int frequency) => frequency >= 2 && frequency <= MaxPostings;

        /// <summary>Dense ids for stem hashes, with how many quotes use each: open addressing, no allocation per stem.</summary>
        private sealed class StemIds
        {
            private ulong[] _keys;
            private int[] _slots;
            private int[] _frequency;

            /// <param name="expected">How many stems will be added (with repeats): the distinct ones are far fewer, so the
            /// table starts at most at 16,384 slots and grows when half full.</param>
            public StemIds(int expected)
            {
                var size = 1024;
                while (size < expected && size < (1 << 14)) size <<= 1;
                _keys = new ulong[size];
                _slots = new int[size];
                _frequency = new int[size / 2];
            }

            public int Count { get; private set; }

            public int[] Frequency => _frequency;

            /// <summary>The id of a stem (new or known), counting one more use.</summary>
            public int Add(ulong key)
            {
                var mask = _slots.Length - 1;
                var slot = Slot(key, mask);
                while (true)
                {
                    var held = _slots[slot];
                    if (held == 0) break;
                    if (_keys[slot] == key)
                    {
                        _frequency[held - 1]++;
                        return held - 1;
                    }
                    slot = (slot + 1) & mask;
                }
                var id = Count++;
                if (id == _frequency.Length) Array.Resize(ref _frequency, _frequency.Length * 2);
                _frequency[id] = 1;
                _keys[slot] = key;
                _slots[slot] = id + 1;
                if (Count * 2 > _slots.Length) Grow();
                return id;
            }

            private static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 33) & mask;

            private void Grow()
            {
                var keys = _keys;
                var slots = _slots;
                _keys = new ulong[keys.Length * 2];
                _slots = new int[slots.Length * 2];
                var mask = _slots.Length - 1;
                for (var i = 0; i < slots.Length; i++)
                {
                    if (slots[i] == 0) continue;
                    var slot = Slot(keys[i], mask);
                    while (_slots[slot] != 0) slot = (slot + 1) & mask;
                    _keys[slot] = keys[i];
                    _slots[slot] = slots[i];
                }
            }
        }

        /// <summary>
        /// <see cref="AreVariants(HashSet{string}, HashSet{string})"/> on stem keys: ascending distinct hashes whose low
        /// bit marks a number (<see cref="ArticleMergeKeys.StemKey"/>).
        /// </summary>
        internal static bool AreVariants(EquatableArray<ulong> a, EquatableArray<ulong> b)
        {
            var shared = 0;
            var sharedNumber = false;
            var aNumber = false;
            var bNumber = false;
            int i = 0, j = 0;
            while (i < a.Count && j < b.Count)
            {
                var x = a[i];
                var y = b[j];
                if (x == y)
                {
                    shared++;
                    if ((x & 1) != 0) sharedNumber = true;
                    i++;
                    j++;
                }
                else if (x < y) i++;
                else j++;
            }
            if (shared < MinShared) return false;
            for (var k = 0; k < a.Count; k++)
            {
                if ((a[k] & 1) != 0) { aNumber = true; break; }
            }
            for (var k = 0; k < b.Count; k++)
            {
                if ((b[k] & 1) != 0) { bNumber = true; break; }
            }
            // Numbers are the facts of a statement: two quotes that both give numbers and share none differ.
            if (aNumber && bNumber && !sharedNumber) return false;
            var smallCount = Math.Min(a.Count, b.Count);
            var dice = 2.0 * shared / (a.Count + b.Count);
            var containment = (double)shared / smallCount;
            return dice >= MinDice || (shared >= ManyShared && dice >= MinDiceWhenManyShared) || containment >= MinContainment;
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
