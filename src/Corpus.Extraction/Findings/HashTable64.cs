using System;

namespace Corpus.Extraction.Findings
{
    /// <summary>
    /// A map from 64-bit hashes to a pair of ints, open addressing, for the per-article indexes of
    /// <see cref="RepeatedParagraphDetector"/>. Unlike a <c>Dictionary</c> it finds or adds a key in one probe
    /// sequence and empties in O(1) (a generation stamp per slot), so one table serves every article of a thread.
    /// </summary>
    internal sealed class HashTable64
    {
        private ulong[] _keys = new ulong[1024];
        private int[] _first = new int[1024];
        private int[] _second = new int[1024];
        private int[] _stamps = new int[1024];
        private int _stamp = 1;
        private int _count;

        /// <summary>Empties the table.</summary>
        public void Clear()
        {
            _count = 0;
            if (++_stamp == int.MaxValue)
            {
                Array.Clear(_stamps, 0, _stamps.Length);
                _stamp = 1;
            }
        }

        /// <summary>The slot of <paramref name="key"/>, or -1 when absent.</summary>
        public int Find(ulong key)
        {
            var mask = _keys.Length - 1;
            var slot = Start(key, mask);
            while (_stamps[slot] == _stamp)
            {
                if (_keys[slot] == key) return slot;
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /// <summary>The slot of <paramref name="key"/>, added with both values 0 when absent.</summary>
        public int FindOrAdd(ulong key)
        {
            if ((_count + 1) * 2 > _keys.Length) Grow();
            var mask = _keys.Length - 1;
            var slot = Start(key, mask);
            while (_stamps[slot] == _stamp)
            {
                if (_keys[slot] == key) return slot;
                slot = (slot + 1) & mask;
            }
            _stamps[slot] = _stamp;
            _keys[slot] = key;
            _first[slot] = 0;
            _second[slot] = 0;
            _count++;
            return slot;
        }

        public ref int First(int slot) => ref _first[slot];

        public ref int Second(int slot) => ref _second[slot];

        private static int Start(ulong key, int mask)
        {
            unchecked
            {
                // The keys are FNV-style hashes already; fold the high bits in for the slot.
                return (int)(key ^ (key >> 29) ^ (key >> 47)) & mask;
            }
        }

        private void Grow()
        {
            var keys = _keys;
            var first = _first;
            var second = _second;
            var stamps = _stamps;
            var stamp = _stamp;
            var size = keys.Length * 2;
            _keys = new ulong[size];
            _first = new int[size];
            _second = new int[size];
            _stamps = new int[size];
            _stamp = 1;
            _count = 0;
            var mask = size - 1;
            for (var i = 0; i < keys.Length; i++)
            {
                if (stamps[i] != stamp) continue;
                var slot = Start(keys[i], mask);
                while (_stamps[slot] == _stamp) slot = (slot + 1) & mask;
                _stamps[slot] = _stamp;
                _keys[slot] = keys[i];
                _first[slot] = first[i];
                _second[slot] = second[i];
                _count++;
            }
        }
    }
}
