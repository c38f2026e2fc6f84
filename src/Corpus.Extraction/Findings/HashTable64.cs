using System;

namespace Corpus.Extraction.Findings
{
    /// <summary>
    /// A map from 64-bit hashes to a pair of ints, open addressing, for the per-article indexes of
    /// <see cref="RepeatedParagraphDetector"/>. Unlike a <c>Dictionary</c> it finds or adds a key in one probe
    /// sequence and empties in O(1) (a generation stamp per slot), so one table serves every article of a thread.
    /// A slot's key, values and stamp sit together: a probe reads one cache line, not four arrays.
    /// </summary>
    internal sealed class HashTable64
    {
        private struct Slot
        {
            public ulong Key;
            public int First;
            public int Second;
            public int Stamp;
        }

        private Slot[] _slots = new Slot[1024];
        private int _stamp = 1;
        private int _count;

        /// <summary>Empties the table.</summary>
        public void Clear()
        {
            _count = 0;
            if (++_stamp == int.MaxValue)
            {
                Array.Clear(_slots, 0, _slots.Length);
                _stamp = 1;
            }
        }

        /// <summary>The slot of <paramref name="key"/>, or -1 when absent.</summary>
        public int Find(ulong key)
        {
            var slots = _slots;
            var mask = slots.Length - 1;
            var slot = Start(key, mask);
            while (slots[slot].Stamp == _stamp)
            {
                if (slots[slot].Key == key) return slot;
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /// <summary>The slot of <paramref name="key"/>, added with both values 0 when absent.</summary>
        public int FindOrAdd(ulong key)
        {
            if ((_count + 1) * 2 > _slots.Length) Grow();
            var slots = _slots;
            var mask = slots.Length - 1;
            var slot = Start(key, mask);
            while (slots[slot].Stamp == _stamp)
            {
                if (slots[slot].Key == key) return slot;
                slot = (slot + 1) & mask;
            }
            ref var added = ref slots[slot];
            added.Stamp = _stamp;
            added.Key = key;
            added.First = 0;
            added.Second = 0;
            _count++;
            return slot;
        }

        /// <summary>Room for <paramref name="additional"/> more keys without growing, so slots found meanwhile stay valid.</summary>
        public void EnsureCapacity(int additional)
        {
            while ((_count + additional + 1) * 2 > _slots.Length) Grow();
        }

        public ref int First(int slot) => ref _slots[slot].First;

        public ref int Second(int slot) => ref _slots[slot].Second;

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
            var old = _slots;
            var stamp = _stamp;
            var size = old.Length * 2;
            var slots = new Slot[size];
            _slots = slots;
            _stamp = 1;
            _count = 0;
            var mask = size - 1;
            for (var i = 0; i < old.Length; i++)
            {
                if (old[i].Stamp != stamp) continue;
                var slot = Start(old[i].Key, mask);
                while (slots[slot].Stamp == _stamp) slot = (slot + 1) & mask;
                slots[slot] = old[i];
                slots[slot].Stamp = _stamp;
                _count++;
            }
        }
    }
}
