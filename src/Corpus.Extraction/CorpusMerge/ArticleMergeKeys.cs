using System;
using System.Collections.Generic;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>
    /// What the corpus merge needs of one article, computed from that article alone: normalised paragraph
    /// keys (duplicate articles), content-word stems of each quote (quote variants), the join keys of each
    /// entity (participants) and each quote's normalised speaker phrase (speaker resolution).
    /// <para>A host that caches per file (the generator) computes these once per article, so the corpus-wide
    /// merge after an edit only joins precomputed keys instead of re-normalising every article. Text keys
    /// are held as 64-bit FNV-1a hashes; equality and counting on them give the same answers as on the text
    /// unless two different texts share a hash.</para>
    /// </summary>
    /// <param name="ParagraphKeys">Hash of each non-empty normalised paragraph, in order.</param>
    /// <param name="DistinctParagraphKeys">The same hashes, distinct and ascending.</param>
    /// <param name="BodyKey">Hash of the whole normalised body (the paragraph keys in order); 0 when it has none.</param>
    /// <param name="QuoteStems">Per quote: its distinct stem hashes ascending, or empty when the quote is a
    /// fragment or has too few stems to take part in variant search. The low bit of a hash is 1 exactly when the stem is a number.</param>
    /// <param name="SpeakerPhrases">Per quote: the speaker phrase normalised for resolution, or empty.</param>
    /// <param name="Entities">Per entity: its join keys.</param>
    public sealed record ArticleMergeKeys(
        EquatableArray<ulong> ParagraphKeys,
        EquatableArray<ulong> DistinctParagraphKeys,
        ulong BodyKey,
        EquatableArray<EquatableArray<ulong>> QuoteStems,
        EquatableArray<string> SpeakerPhrases,
        EquatableArray<EntityMergeKeys> Entities)
    {
        public static ArticleMergeKeys For(ArticleModel article)
        {
            var paragraphs = new List<ulong>(article.Paragraphs.Count);
            foreach (var p in article.Paragraphs)
            {
                // Hashed as it is read: building the normalised words as strings cost more than the rest of the keys.
                var key = RepeatedParagraphDetector.NormalTextHash(p.Text);
                if (key != 0) paragraphs.Add(key);
            }
            var distinct = new SortedSet<ulong>(paragraphs);
            ulong body = 0;
            if (paragraphs.Count > 0)
            {
                body = Offset;
                foreach (var key in paragraphs) body = Mix(body, Spread(key));
            }

            var stems = new EquatableArray<ulong>[article.Quotes.Count];
            var phrases = new string[article.Quotes.Count];
            for (var q = 0; q < stems.Length; q++)
            {
                var quote = article.Quotes[q];
                stems[q] = quote.IsFragment ? EquatableArray<ulong>.Empty : StemKeys(quote.Text);
                phrases[q] = quote.SpeakerText is { } named ? CorpusSpeakerResolver.Normalize(named) : string.Empty;
            }

            var entities = new EntityMergeKeys[article.Entities.Count];
            for (var e = 0; e < entities.Length; e++) entities[e] = ParticipantMerger.KeysOf(article.Entities[e]);

            return new ArticleMergeKeys(
                new EquatableArray<ulong>(paragraphs.ToArray()),
                EquatableArray.From(distinct),
                body,
                new EquatableArray<EquatableArray<ulong>>(stems),
                new EquatableArray<string>(phrases),
                new EquatableArray<EntityMergeKeys>(entities));
        }

        /// <summary>The stem hashes of a quote (see <see cref="QuoteStems"/>): empty below <see cref="QuoteVariantFinder.MinStems"/> stems.</summary>
        internal static EquatableArray<ulong> StemKeys(string text)
        {
            // Hashed as read, then sorted and made distinct: no stem strings and no tree set per quote.
            var keys = _stemKeys ??= new List<ulong>();
            keys.Clear();
            ContentWords.AppendStemKeys(text, keys);
            keys.Sort();
            var distinct = 0;
            for (var i = 0; i < keys.Count; i++)
            {
                if (i == 0 || keys[i] != keys[i - 1]) keys[distinct++] = keys[i];
            }
            if (distinct < QuoteVariantFinder.MinStems) return EquatableArray<ulong>.Empty;
            var result = new ulong[distinct];
            keys.CopyTo(0, result, 0, distinct);
            return new EquatableArray<ulong>(result);
        }

        [ThreadStatic]
        private static List<ulong>? _stemKeys;

        /// <summary>The stem hashes the slow way, from the stem strings: the definition <see cref="StemKeys"/> must agree with.</summary>
        internal static EquatableArray<ulong> StemKeysFromStrings(string text)
        {
            var set = new SortedSet<ulong>();
            foreach (var stem in ContentWords.Stems(text)) set.Add(StemKey(stem));
            return set.Count < QuoteVariantFinder.MinStems ? EquatableArray<ulong>.Empty : EquatableArray.From(set);
        }

        /// <summary>A stem's hash with the low bit set exactly when the stem is a number.</summary>
        internal static ulong StemKey(string stem) => (Hash(stem) & ~1UL) | (stem.Length > 0 && char.IsDigit(stem[0]) ? 1UL : 0UL);

        private const ulong Offset = 14695981039346656037UL;

        /// <summary>64-bit FNV-1a over the UTF-16 code units.</summary>
        internal static ulong Hash(string text)
        {
            var hash = Offset;
            foreach (var c in text) hash = Mix(hash, c);
            return hash;
        }

        /// <summary>The splitmix64 finaliser: every bit of a 64-bit key reaches every bit before it is mixed in.</summary>
        private static ulong Spread(ulong x)
        {
            unchecked
            {
                x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
                x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
                return x ^ (x >> 31);
            }
        }

        private static ulong Mix(ulong hash, ulong value)
        {
            unchecked
            {
                return (hash ^ value) * 1099511628211UL;
            }
        }
    }

    /// <summary>
    /// The join keys of one entity for <see cref="ParticipantMerger"/>: rules 1-3 and 5 keys, the number of
    /// words of its name, and its normalised name and surname for rule 4.
    /// </summary>
    /// <param name="Surname">The normalised surname of a person with at least two words, else empty.</param>
    public sealed record EntityMergeKeys(EquatableArray<string> Keys, int Words, string NameKey, string Surname);
}
