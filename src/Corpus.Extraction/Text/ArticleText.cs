using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text
{
    /// <summary>
    /// The text of one article with a line index, so any offset becomes a compiler-style
    /// 1-based line and column in O(log lines). Line breaks: \n, \r\n and a lone \r.
    /// </summary>
    public sealed class ArticleText
    {
        private readonly int[] _lineStarts;
        private int _lastLine;

        public ArticleText(string value)
        {
            Value = value;
            var starts = new List<int> { 0 };
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == '\r')
                {
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    starts.Add(i + 1);
                }
                else if (c == '\n')
                {
                    starts.Add(i + 1);
                }
            }
            _lineStarts = starts.ToArray();
        }

        public string Value { get; }

        public int Length => Value.Length;

        public char this[int index] => Value[index];

        public int LineCount => _lineStarts.Length;

        /// <summary>Offset of the first character of the 1-based line.</summary>
        public int LineStart(int line) => _lineStarts[line - 1];

        /// <summary>Offset just past the last character of the 1-based line, before its break.</summary>
        public int LineEnd(int line)
        {
            var end = line < _lineStarts.Length ? _lineStarts[line] : Value.Length;
            while (end > _lineStarts[line - 1] && (Value[end - 1] == '\n' || Value[end - 1] == '\r')) end--;
            return end;
        }

        /// <summary>1-based line and column of an offset (the offset may equal the length).</summary>
        public (int Line, int Column) Position(int offset)
        {
            if (offset < 0 || offset > Value.Length) throw new ArgumentOutOfRangeException(nameof(offset));
            // Callers mostly ask in text order, often twice on one line (a span's start and end): try the
            // line of the previous answer first. A plain int, so a race only costs a binary search.
            var index = _lastLine;
            if (!(index < _lineStarts.Length && _lineStarts[index] <= offset && (index + 1 == _lineStarts.Length || offset < _lineStarts[index + 1])))
            {
                index = Array.BinarySearch(_lineStarts, offset);
                if (index < 0) index = ~index - 1;
                _lastLine = index;
            }
            return (index + 1, offset - _lineStarts[index] + 1);
        }

        public SourceSpan Span(int start, int length)
        {
            var (line, column) = Position(start);
            var (endLine, endColumn) = Position(start + length);
            return new SourceSpan(start, length, line, column, endLine, endColumn);
        }

        public string Slice(SourceSpan span) => Value.Substring(span.Start, span.Length);

        public string Slice(int start, int length) => Value.Substring(start, length);
    }
}
