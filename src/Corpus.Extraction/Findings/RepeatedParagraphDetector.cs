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

        /// <summary>Working storage kept per thread between articles (emptied, not reallocated).</summary>
        private sealed class Scratch
        {
            public readonly List<ulong> Words = new List<ulong>();
            public readonly HashTable64 Exact = new HashTable64();
            public readonly HashTable64 ShingleIndex = new HashTable64();
            public readonly HashTable64 Seen = new HashTable64();
            public readonly List<int> PostingParagraph = new List<int>();
            public readonly List<int> PostingNext = new List<int>();
            public readonly List<int> Touched = new List<int>();
            public ulong[] Shingles = new ulong[256];
            public int[] Slots = new int[256];
        }

        [System.ThreadStatic]
        private static Scratch? _scratch;

        public static void Detect(IReadOnlyList<ParagraphSpec> paragraphs, List<Finding> findings, System.Threading.CancellationToken cancellationToken = default)
        {
            // Flat arrays and reused tables instead of a list or set per paragraph and per trigram: this
            // runs on every article, and the allocations, not the comparisons, were most of its cost.
            var scratch = _scratch ?? new Scratch();
            _scratch = null;
            var count = paragraphs.Count;
            var words = scratch.Words;
            words.Clear();
            var wordStart = new int[count];
            var wordCount = new int[count];
            // Sequence hash to the paragraphs with that hash, in text order: head and tail of a chain through nextSameHash.
            var exact = scratch.Exact;
            exact.Clear();
            var nextSameHash = new int[count];
            // Trigram to the (at most MaxPostings) earlier paragraphs that have it: head and length of a chain of postings.
            var shingleIndex = scratch.ShingleIndex;
            shingleIndex.Clear();
            var postingParagraph = scratch.PostingParagraph;
            var postingNext = scratch.PostingNext;
            postingParagraph.Clear();
            postingNext.Clear();
            var shingleCount = new int[count];
            var shared = new int[count];
            var touched = scratch.Touched;
            for (var p = 0; p < count; p++)
            {
                if ((p & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                wordStart[p] = words.Count;
                AppendWordHashes(paragraphs[p].Text, words);
                var w = wordCount[p] = words.Count - wordStart[p];
                if (w == 0) continue;
                nextSameHash[p] = -1;
                var exactSlot = exact.FindOrAdd(SequenceHash(words, wordStart[p], w));
                ref var head = ref exact.First(exactSlot);
                ref var tail = ref exact.Second(exactSlot);
                // Slots start at 0; stored indexes are paragraph + 1 so that 0 means "none yet".
                if (head > 0)
                {
                    var first = -1;
                    for (var q = head - 1; q >= 0 && first < 0; q = nextSameHash[q])
                    {
                        if (SameWords(words, wordStart[q], wordCount[q], wordStart[p], w)) first = q;
                    }
                    if (first >= 0)
                    {
                        Report(paragraphs, p, first, exactly: true, findings);
                        continue;
                    }
                    nextSameHash[tail - 1] = p;
                    tail = p + 1;
                }
                else
                {
                    head = tail = p + 1;
                }
                if (w < MinWordsForNear) continue;

                if (scratch.Shingles.Length < w)
                {
                    scratch.Shingles = new ulong[w * 2];
                    scratch.Slots = new int[w * 2];
                }
                var shingles = scratch.Shingles;
                var slots = scratch.Slots;
                var distinct = shingleCount[p] = Shingles(words, wordStart[p], w, shingles, scratch.Seen);
                // Count shared trigrams with earlier paragraphs through the index. Each trigram is looked up
                // once: added now without postings (the same as absent to every later search), its slot kept
                // for posting this paragraph below. The table does not grow meanwhile, so the slots stay valid.
                touched.Clear();
                shingleIndex.EnsureCapacity(distinct);
                for (var i = 0; i < distinct; i++)
                {
                    var slot = slots[i] = shingleIndex.FindOrAdd(shingles[i]);
                    for (var at = shingleIndex.First(slot) - 1; at >= 0; at = postingNext[at])
                    {
                        var q = postingParagraph[at];
                        if (shared[q]++ == 0) touched.Add(q);
                    }
                }
                var best = -1;
                var bestScore = 0.0;
                foreach (var q in touched)
                {
                    var union = distinct + shingleCount[q] - shared[q];
                    var score = union == 0 ? 0 : (double)shared[q] / union;
                    // Highest score; among equal scores the earliest paragraph.
                    if (score > bestScore || (score == bestScore && q < best))
                    {
                        best = q;
                        bestScore = score;
                    }
                    shared[q] = 0;
                }
                if (best >= 0 && bestScore >= NearThreshold)
                {
                    Report(paragraphs, p, best, exactly: false, findings);
                    continue;
                }
                for (var i = 0; i < distinct; i++)
                {
                    var slot = slots[i];
                    ref var postings = ref shingleIndex.Second(slot);
                    if (postings >= MaxPostings) continue;
                    postings++;
                    postingParagraph.Add(p);
                    postingNext.Add(shingleIndex.First(slot) - 1);
                    shingleIndex.First(slot) = postingParagraph.Count;
                }
            }
            // Keep the storage for the next article unless this one was unusually long (news is about a
            // thousand words): a thread keeps well under a megabyte, whatever it has read.
            if (words.Count < 1 << 14) _scratch = scratch;
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

        /// <summary>
        /// 64-bit FNV-1a of the <see cref="NormalWords"/> joined by single spaces, computed without building
        /// them (one pass, no strings); 0 when the text has no word. Same value as hashing the joined string.
        /// </summary>
        internal static ulong NormalTextHash(string text)
        {
            const ulong Offset = 14695981039346656037UL;
            const ulong Prime = 1099511628211UL;
            var hash = Offset;
            var words = 0;
            var inWord = false;
            foreach (var c in text)
            {
                var lower = NormalChar(c);
                unchecked
                {
                    if (lower != '\0')
                    {
                        // The separator goes in before every word but the first, as string.Join puts it.
                        if (!inWord && words++ > 0) hash = (hash ^ ' ') * Prime;
                        hash = (hash ^ lower) * Prime;
                        inWord = true;
                    }
                    else if (c != '\'' && c != '\u2019')
                    {
                        inWord = false;
                    }
                }
            }
            return words == 0 ? 0 : hash;
        }

        /// <summary>The same words as <see cref="NormalWords"/>, each as a 64-bit FNV-1a hash, appended to <paramref name="result"/>.</summary>
        internal static void AppendWordHashes(string text, List<ulong> result)
        {
            const ulong Offset = 14695981039346656037UL;
            var hash = Offset;
            var inWord = false;
            foreach (var c in text)
            {
                var lower = NormalChar(c);
                if (lower != '\0')
                {
                    unchecked
                    {
                        hash = (hash ^ lower) * 1099511628211UL;
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
        }

        /// <summary>A word character lower-cased, or NUL for any other: ASCII without the Unicode tables (same answers as IsLetterOrDigit and ToLowerInvariant).</summary>
        private static char NormalChar(char c)
        {
            if (c >= 128) return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') return c;
            return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : '\0';
        }

        private static ulong SequenceHash(List<ulong> words, int start, int count)
        {
            unchecked
            {
                var h = 1469598103934665603UL;
                for (var i = start; i < start + count; i++) h = (h ^ words[i]) * 1099511628211UL + 0x9E3779B97F4A7C15UL;
                return h;
            }
        }

        private static bool SameWords(List<ulong> words, int a, int aCount, int b, int bCount)
        {
            if (aCount != bCount) return false;
            for (var i = 0; i < aCount; i++)
            {
                if (words[a + i] != words[b + i]) return false;
            }
            return true;
        }

        /// <summary>The distinct word trigrams of words[start..start+count) into <paramref name="into"/>; returns how many.</summary>
        private static int Shingles(List<ulong> words, int start, int count, ulong[] into, HashTable64 seen)
        {
            // Duplicates dropped through a table emptied in O(1): linear, where sorting was n log n per paragraph.
            seen.Clear();
            var distinct = 0;
            unchecked
            {
                for (var i = start; i + 2 < start + count; i++)
                {
                    var h = words[i] * 31 + words[i + 1] * 961 + (words[i + 2] ^ (words[i + 2] >> 29));
                    ref var mark = ref seen.First(seen.FindOrAdd(h));
                    if (mark != 0) continue;
                    mark = 1;
                    into[distinct++] = h;
                }
            }
            return distinct;
        }
    }
}
