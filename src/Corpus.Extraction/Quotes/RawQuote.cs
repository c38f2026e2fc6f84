using System.Collections.Generic;

namespace Corpus.Extraction.Quotes
{
    /// <summary>A top-level quote as the mark scanner found it, before attribution.</summary>
    internal sealed class RawQuote
    {
        /// <summary>Content ranges (absolute, trimmed), one per paragraph the quote runs through.</summary>
        public List<(int Start, int End)> Segments { get; } = new List<(int Start, int End)>();

        /// <summary>Offset of the first opening mark, or -1 when the quote was taken to start at the paragraph start.</summary>
        public int OpenMark { get; set; } = -1;

        /// <summary>Offset of the closing mark, or -1 when the quote was taken to run to the paragraph end.</summary>
        public int CloseMark { get; set; } = -1;

        public int FirstParagraph { get; set; }

        public int LastParagraph { get; set; }

        public int Start => Segments[0].Start;

        public int End => Segments[Segments.Count - 1].End;

        /// <summary>Where narrative text before the quote ends (the opening mark, or the segment start).</summary>
        public int LeftEdge => OpenMark >= 0 ? OpenMark : Start;

        /// <summary>Where narrative text after the quote begins.</summary>
        public int RightEdge => CloseMark >= 0 ? CloseMark + 1 : End;
    }
}
