using System;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Findings
{
    /// <summary>Deterministic order of findings: by position, then ID, then arguments.</summary>
    public static class FindingOrder
    {
        public static int Compare(Finding a, Finding b)
        {
            var c = a.Span.Start.CompareTo(b.Span.Start);
            if (c != 0) return c;
            c = a.Span.Length.CompareTo(b.Span.Length);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.Id, b.Id);
            if (c != 0) return c;
            return string.CompareOrdinal(string.Join("\u0001", a.Arguments), string.Join("\u0001", b.Arguments));
        }
    }
}
