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

        private readonly string?[] _entries = new string?[Slots];
        private readonly int[] _hashes = new int[Slots];

        // Per entry, what the tokenizers derive from a word and would otherwise derive again at every
        // occurrence: its gazetteer key and its lower-case form. Kept and cleared with the entry.
        private readonly string?[] _keys = new string?[Slots];
        private readonly string?[] _lowers = new string?[Slots];
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
            var slot = hash & (Slots - 1);
            while (true)
            {
                var entry = _entries[slot];
                if (entry is null) break;
                if (_hashes[slot] == hash && entry.Length == length && string.CompareOrdinal(entry, 0, text, start, length) == 0)
                {
                    LastSlot = slot;
                    return entry;
                }
                slot = (slot + 1) & (Slots - 1);
            }
            return Add(slot, hash, text.Substring(start, length));
        }

        /// <summary>The key stored with <paramref name="entry"/> at <paramref name="slot"/>, or null (none yet, or the slot was reused).</summary>
        public string? KeyOf(int slot, string entry) => slot >= 0 && ReferenceEquals(_entries[slot], entry) ? _keys[slot] : null;

        /// <summary>Stores the key of <paramref name="entry"/>, if it still holds <paramref name="slot"/> (the pool may have started over since).</summary>
        public void SetKey(int slot, string entry, string key)
        {
            if (slot >= 0 && ReferenceEquals(_entries[slot], entry)) _keys[slot] = key;
        }

        /// <summary>The lower-case form stored with <paramref name="entry"/> at <paramref name="slot"/>, or null.</summary>
        public string? LowerOf(int slot, string entry) => slot >= 0 && ReferenceEquals(_entries[slot], entry) ? _lowers[slot] : null;

        /// <summary>Stores the lower-case form of <paramref name="entry"/>, if it still holds <paramref name="slot"/>.</summary>
        public void SetLower(int slot, string entry, string lower)
        {
            if (slot >= 0 && ReferenceEquals(_entries[slot], entry)) _lowers[slot] = lower;
        }

        /// <summary>The string equal to the first <paramref name="length"/> characters of <paramref name="buffer"/>.</summary>
        public string Get(char[] buffer, int length)
        {
            LastSlot = -1;
            if (length == 0) return string.Empty;
            if (length > MaxPooledLength) return new string(buffer, 0, length);
            var hash = Hash(buffer, length);
            var slot = hash & (Slots - 1);
            while (true)
            {
                var entry = _entries[slot];
                if (entry is null) break;
                if (_hashes[slot] == hash && entry.Length == length && SameChars(entry, buffer, length))
                {
                    LastSlot = slot;
                    return entry;
                }
                slot = (slot + 1) & (Slots - 1);
            }
            return Add(slot, hash, new string(buffer, 0, length));
        }

        private string Add(int slot, int hash, string value)
        {
            if (_count >= MaxEntries)
            {
                // Full: start over rather than grow (an adversarial text must not grow memory without bound).
                Array.Clear(_entries, 0, _entries.Length);
                Array.Clear(_keys, 0, _keys.Length);
                Array.Clear(_lowers, 0, _lowers.Length);
                _count = 0;
                slot = hash & (Slots - 1);
            }
            _entries[slot] = value;
            _hashes[slot] = hash;
            _keys[slot] = null;
            _lowers[slot] = null;
            _count++;
            LastSlot = slot;
            return value;
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
