using System;

namespace Corpus.Extraction.Text
{
    /// <summary>
    /// Hands out one shared string per distinct short character sequence, so tokenizers that need a word
    /// as a <see cref="string"/> (dictionary keys, token text) do not allocate a copy for every occurrence:
    /// news repeats the same few thousand words. One pool per thread (the compiler host runs generators
    /// on several threads), bounded: when full it starts over, so memory stays small on any input.
    /// Returned strings are ordinary immutable strings; callers compare them by value as before.
    /// </summary>
    internal sealed class StringPool
    {
        /// <summary>Longer sequences are rarely repeated; they are allocated as usual and not kept.</summary>
        public const int MaxPooledLength = 32;

        private const int Slots = 1 << 14;
        private const int MaxEntries = Slots / 2;

        [ThreadStatic]
        private static StringPool? _current;

        /// <summary>
        /// One slot: the pooled string, its hash, and what the tokenizers derive from the word and would
        /// otherwise derive again at every occurrence (its gazetteer key, its lower-case form). Together,
        /// so a lookup reads one cache line: this runs for every word of every article, twice.
        /// </summary>
        private struct Entry
        {
            public string? Value;
            public string? Key;
            public string? Lower;
            public int Hash;
        }

        private readonly Entry[] _table = new Entry[Slots];
        private int _count;

        /// <summary>The slot of the string the last <c>Get</c> returned, or -1 when it was not pooled.</summary>
        public int LastSlot { get; private set; } = -1;

        private char[] _buffer = new char[64];

        /// <summary>A scratch buffer of at least <paramref name="length"/> characters for building a string to look up.</summary>
        public char[] Buffer(int length)
        {
            if (_buffer.Length < length) _buffer = new char[length * 2];
            return _buffer;
        }

        /// <summary>The pool of the calling thread.</summary>
        public static StringPool Current => _current ??= new StringPool();

        /// <summary>The string equal to <c>text.Substring(start, length)</c>.</summary>
        public string Get(string text, int start, int length)
        {
            LastSlot = -1;
            if (length == 0) return string.Empty;
            if (length > MaxPooledLength) return text.Substring(start, length);
            var hash = Hash(text, start, length);
            var table = _table;
            var slot = hash & (Slots - 1);
            while (true)
            {
                ref var e = ref table[slot];
                var entry = e.Value;
                if (entry is null) break;
                if (e.Hash == hash && entry.Length == length && SameChars(entry, text, start))
                {
                    LastSlot = slot;
                    return entry;
                }
                slot = (slot + 1) & (Slots - 1);
            }
            return Add(slot, hash, text.Substring(start, length));
        }

        /// <summary>The string equal to the first <paramref name="length"/> characters of <paramref name="buffer"/>.</summary>
        public string Get(char[] buffer, int length)
        {
            LastSlot = -1;
            if (length == 0) return string.Empty;
            if (length > MaxPooledLength) return new string(buffer, 0, length);
            var hash = Hash(buffer, length);
            var table = _table;
            var slot = hash & (Slots - 1);
            while (true)
            {
                ref var e = ref table[slot];
                var entry = e.Value;
                if (entry is null) break;
                if (e.Hash == hash && entry.Length == length && SameChars(entry, buffer, length))
                {
                    LastSlot = slot;
                    return entry;
                }
                slot = (slot + 1) & (Slots - 1);
            }
            return Add(slot, hash, new string(buffer, 0, length));
        }

        /// <summary>The key stored with <paramref name="entry"/> at <paramref name="slot"/>, or null (none yet, or the slot was reused).</summary>
        public string? KeyOf(int slot, string entry) => slot >= 0 && ReferenceEquals(_table[slot].Value, entry) ? _table[slot].Key : null;

        /// <summary>Stores the key of <paramref name="entry"/>, if it still holds <paramref name="slot"/> (the pool may have started over since).</summary>
        public void SetKey(int slot, string entry, string key)
        {
            if (slot >= 0 && ReferenceEquals(_table[slot].Value, entry)) _table[slot].Key = key;
        }

        /// <summary>The lower-case form stored with <paramref name="entry"/> at <paramref name="slot"/>, or null.</summary>
        public string? LowerOf(int slot, string entry) => slot >= 0 && ReferenceEquals(_table[slot].Value, entry) ? _table[slot].Lower : null;

        /// <summary>Stores the lower-case form of <paramref name="entry"/>, if it still holds <paramref name="slot"/>.</summary>
        public void SetLower(int slot, string entry, string lower)
        {
            if (slot >= 0 && ReferenceEquals(_table[slot].Value, entry)) _table[slot].Lower = lower;
        }

        private string Add(int slot, int hash, string value)
        {
            if (_count >= MaxEntries)
            {
                // Full: start over rather than grow (an adversarial text must not grow memory without bound).
                Array.Clear(_table, 0, _table.Length);
                _count = 0;
                slot = hash & (Slots - 1);
            }
            _table[slot] = new Entry { Value = value, Hash = hash };
            _count++;
            LastSlot = slot;
            return value;
        }

        private static bool SameChars(string entry, string text, int start)
        {
            // Short words: a plain loop beats the general comparison and its argument checks.
            for (var i = 0; i < entry.Length; i++)
            {
                if (entry[i] != text[start + i]) return false;
            }
            return true;
        }

        private static bool SameChars(string entry, char[] buffer, int length)
        {
            for (var i = 0; i < length; i++)
            {
                if (entry[i] != buffer[i]) return false;
            }
            return true;
        }

        private static int Hash(string text, int start, int length)
        {
            unchecked
            {
                var h = (int)2166136261;
                for (var i = start; i < start + length; i++) h = (h ^ text[i]) * 16777619;
                return h ^ (h >> 15);
            }
        }

        private static int Hash(char[] buffer, int length)
        {
            unchecked
            {
                var h = (int)2166136261;
                for (var i = 0; i < length; i++) h = (h ^ buffer[i]) * 16777619;
                return h ^ (h >> 15);
            }
        }
    }
}
