using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Pairs quotation marks paragraph by paragraph with a small stack (one pass, linear).
    /// Context decides each mark's role (apostrophe, opening, closing); recoveries for messy
    /// text each report CORPUS003 on the offending mark. Only top-level pairs become quotes;
    /// nested pairs stay part of the outer quote's text.
    /// </summary>
    internal sealed class MarkScanner
    {
        private enum Role
        {
            Apostrophe,
            Open,
            Close,
            Either,
        }

        private sealed class OpenMark
        {
            public int Pos;
            public MarkFamily Family;
            public MarkShape Shape;
            public RawQuote? Carried;
        }

        private readonly ArticleText _text;
        private readonly string _s;
        private readonly IReadOnlyList<ParagraphSpec> _paragraphs;
        private readonly List<RawQuote> _quotes = new List<RawQuote>();
        private readonly List<Finding> _findings;
        private readonly List<OpenMark> _stack = new List<OpenMark>();
        private int _paragraphStart;
        private int _nextSingleFrom = -1;
        private int _nextSingle = -1;
        private int _nextSingleEnd = -1;
        private int _lastLetter = -1;
        private int _lastLetterEnd = -1;
        private bool _nextSingleCloses;
        private RawQuote? _unmarked;
        private int _unmarkedUntil = -1;

        private MarkScanner(ArticleText text, IReadOnlyList<ParagraphSpec> paragraphs, List<Finding> findings)
        {
            _text = text;
            _s = text.Value;
            _paragraphs = paragraphs;
            _findings = findings;
        }

        public static List<RawQuote> Scan(ArticleText text, IReadOnlyList<ParagraphSpec> paragraphs, List<Finding> findings, CancellationToken ct)
        {
            var scanner = new MarkScanner(text, paragraphs, findings);
            RawQuote? carried = null;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                if ((p & 63) == 0) ct.ThrowIfCancellationRequested();
                if (scanner._unmarked != null && p < scanner._unmarkedUntil)
                {
                    // A paragraph inside a quote marked only at its two ends.
                    var span = paragraphs[p].Span;
                    scanner.AddSegment(scanner._unmarked, span.Start, span.End, trimPunctuation: false);
                    scanner._unmarked.LastParagraph = p;
                    continue;
                }
                carried = scanner.ScanParagraph(p, carried);
                if (scanner._unmarked != null && p >= scanner._unmarkedUntil) scanner._unmarked = null;
            }
            return scanner._quotes;
        }

        private RawQuote? ScanParagraph(int p, RawQuote? carried)
        {
            var span = _paragraphs[p].Span;
            int start = span.Start, end = span.End;
            _stack.Clear();
            _paragraphStart = start;
            var lastTopClose = start;
            var first = true;
            for (var i = start; i < end; i++)
            {
                // Straight to the next quotation mark (a vectorised search; most characters are none).
                i = _s.IndexOfAny(QuoteMarks.All, i, end - i);
                if (i < 0) break;
                var c = _s[i];
                var family = QuoteMarks.Family(c);
                if (family == MarkFamily.None) continue;
                var role = Classify(i, start, end, family, out var shape);
                if (role == Role.Apostrophe) continue;

                if (first && carried != null)
                {
                    // The previous paragraph ended inside a quote and this one reopens it.
                    first = false;
                    _stack.Add(new OpenMark { Pos = i, Family = family, Shape = shape, Carried = carried });
                    carried = null;
                    continue;
                }
                first = false;

                if (role == Role.Either) role = IndexOf(family) >= 0 ? Role.Close : Role.Open;
                if (role == Role.Close && family == MarkFamily.Double && IndexOf(family) < 0 && OpensAfterSpeechVerb(i, start, end)) role = Role.Open;
                if (role == Role.Open && i + 1 < end && (_s[i + 1] == ',' || _s[i + 1] == ';' || _s[i + 1] == ':'))
                {
                    // Quotes begin with words; a mark before a comma or colon is a stray.
                    Report(i, "Stray quotation mark '" + c + "' ignored");
                    continue;
                }
                if (role == Role.Open)
                {
                    var same = IndexOf(family);
                    if (same >= 0) PopFrom(same, stray: true);
                    if (shape == MarkShape.Closing && family == MarkFamily.Double)
                        Report(i, "Closing quotation mark '" + c + "' where the quote should open");
                    _stack.Add(new OpenMark { Pos = i, Family = family, Shape = shape });
                    continue;
                }

                // Closing role.
                var match = IndexOf(family);
                if (match >= 0 && family == MarkFamily.Single && IsPossessive(i, end))
                {
                    continue; // "the pupils’ fault", with the quote's real close still to come
                }
                if (match >= 0)
                {
                    if (shape == MarkShape.Opening)
                        Report(i, "Opening quotation mark '" + c + "' where the quote should close");
                    var open = _stack[match];
                    PopFrom(match + 1, stray: true);
                    _stack.RemoveAt(match);
                    if (match == 0)
                    {
                        Emit(open, i, p);
                        lastTopClose = i + 1;
                    }
                    continue;
                }
                if (family == MarkFamily.Single && shape != MarkShape.Opening) continue; // plural possessive (players’)
                if (_unmarked != null && _unmarkedUntil == p && family == MarkFamily.Double && _stack.Count == 0)
                {
                    // The close of a quote opened paragraphs ago, with no marks on the paragraphs between.
                    AddSegment(_unmarked, start, i, trimPunctuation: false);
                    _unmarked.CloseMark = i;
                    _unmarked.LastParagraph = p;
                    _unmarked = null;
                    lastTopClose = i + 1;
                    continue;
                }
                if (_stack.Count > 0) PopFrom(0, stray: true);
                // A spoken sentence ended here (`east,” she said`, `…war.”`): the quote began at the paragraph
                // start. A bare word before the mark (`called it ambitious” and`) gives no such clue.
                var quote = new RawQuote { CloseMark = i, FirstParagraph = p, LastParagraph = p };
                var ended = ",.!?;:\u2026".IndexOf(_s[i - 1 >= start ? i - 1 : i]) >= 0 || RestIsBlank(i + 1, end);
                if (ended && AddSegment(quote, SentenceAfter(lastTopClose, start, i), i, trimPunctuation: true))
                {
                    _quotes.Add(quote);
                    Report(i, "Closing quotation mark '" + c + "' without an opening mark; the quote is taken to start at the beginning of the paragraph");
                }
                else
                {
                    Report(i, "Closing quotation mark '" + c + "' without an opening mark");
                }
                lastTopClose = i + 1;
            }

            if (carried != null)
            {
                // Expected a reopening mark but the paragraph has none: the quote ended with the last paragraph.
                Report(carried.OpenMark, "Quotation mark '" + _s[carried.OpenMark] + "' never closes and the next paragraph does not reopen it; the quote is taken to end with its paragraph");
            }
            if (_stack.Count == 0) return null;

            PopFrom(1, stray: true);
            var bottom = _stack[0];
            _stack.Clear();
            if (p + 1 < _paragraphs.Count && ReopensWith(p + 1, bottom.Family))
            {
                var quote = bottom.Carried ?? NewQuote(bottom, p);
                AddSegment(quote, bottom.Pos + 1, end, trimPunctuation: false);
                if (bottom.Carried is null && quote.Segments.Count > 0) _quotes.Add(quote);
                return quote.Segments.Count > 0 ? quote : null;
            }
            if (bottom.Carried != null)
            {
                AddSegment(bottom.Carried, bottom.Pos + 1, end, trimPunctuation: false);
                bottom.Carried.LastParagraph = p;
                Report(bottom.Pos, "Quotation mark '" + _s[bottom.Pos] + "' never closes and the next paragraph does not reopen it; the quote is taken to end with its paragraph");
                return null;
            }
            if (bottom.Family == MarkFamily.Single && bottom.Shape == MarkShape.Closing) return null; // elision (’em)
            var last = NewQuote(bottom, p);
            var closer = bottom.Family == MarkFamily.Double ? ClosedLater(p + 1) : -1;
            if (closer > p && AddSegment(last, bottom.Pos + 1, end, trimPunctuation: false))
            {
                // Marked only at its two ends: `"I think … ,` … `… until the very end," X said`.
                _quotes.Add(last);
                _unmarked = last;
                _unmarkedUntil = closer;
                Report(bottom.Pos, "Quotation mark '" + _s[bottom.Pos] + "' closes only in a later paragraph, with no marks between; the paragraphs between are taken as part of the quote");
                return null;
            }
            var spaced = bottom.Pos + 1 < end && char.IsWhiteSpace(_s[bottom.Pos + 1]);
            if (!spaced && AddSegment(last, bottom.Pos + 1, end, trimPunctuation: true))
            {
                _quotes.Add(last);
                Report(bottom.Pos, "Quotation mark '" + _s[bottom.Pos] + "' never closes and the next paragraph does not reopen it; the quote is taken to end with its paragraph");
            }
            else
            {
                Report(bottom.Pos, "Stray quotation mark '" + _s[bottom.Pos] + "' ignored");
            }
            return null;
        }

        private static RawQuote NewQuote(OpenMark open, int p) => new RawQuote { OpenMark = open.Pos, FirstParagraph = p, LastParagraph = p };

        private void Emit(OpenMark open, int close, int p)
        {
            if (open.Family == MarkFamily.Single && open.Carried is null && close - open.Pos <= 3) return; // elision: rock ’n’ roll
            var quote = open.Carried ?? NewQuote(open, p);
            AddSegment(quote, open.Pos + 1, close, trimPunctuation: false);
            quote.CloseMark = close;
            quote.LastParagraph = p;
            if (open.Carried is null && quote.Segments.Count > 0) _quotes.Add(quote);
        }

        private bool AddSegment(RawQuote quote, int from, int to, bool trimPunctuation)
        {
            while (from < to && (char.IsWhiteSpace(_s[from]) || (trimPunctuation && !char.IsLetterOrDigit(_s[from])))) from++;
            while (to > from && char.IsWhiteSpace(_s[to - 1])) to--;
            if (to <= from) return false;
            var any = false;
            for (var k = from; k < to && !any; k++) any = char.IsLetterOrDigit(_s[k]);
            if (!any) return false;
            quote.Segments.Add((from, to));
            return true;
        }

        /// <summary>After an earlier quote in the paragraph, an unopened quote starts at the next sentence.</summary>
        private int SentenceAfter(int from, int paragraphStart, int limit)
        {
            if (from == paragraphStart) return from;
            for (var k = from; k + 1 < limit; k++)
            {
                var c = _s[k];
                if ((c == '.' || c == '!' || c == '?') && char.IsWhiteSpace(_s[k + 1])) return k + 1;
            }
            return from;
        }

        /// <summary>
        /// <c>s’</c> before a lower-case word is a plural possessive when the next single mark in the
        /// paragraph closes rather than opens. Bounded look-ahead: the next single mark only.
        /// </summary>
        private bool IsPossessive(int i, int end)
        {
            if (_s[i - 1] != 's' || i + 2 >= end || _s[i + 1] != ' ' || !char.IsLower(_s[i + 2])) return false;
            if (_nextSingleFrom >= 0 && _nextSingleFrom <= i + 1 && _nextSingleEnd == end && (_nextSingle < 0 || _nextSingle > i))
            {
                return _nextSingle >= 0 && _nextSingleCloses; // the last look-ahead already covers this mark
            }
            _nextSingleFrom = i + 1;
            _nextSingleEnd = end;
            _nextSingle = -1;
            for (var k = i + 1; k < end; k++)
            {
                if (QuoteMarks.Family(_s[k]) != MarkFamily.Single) continue;
                var role = Classify(k, _paragraphStart, end, MarkFamily.Single, out _);
                if (role == Role.Apostrophe) continue;
                _nextSingle = k;
                _nextSingleCloses = role == Role.Close;
                break;
            }
            return _nextSingle >= 0 && _nextSingleCloses;
        }

        /// <summary>No letter or digit from <paramref name="from"/> to the paragraph end (last one found once per paragraph).</summary>
        private bool RestIsBlank(int from, int end)
        {
            if (_lastLetterEnd != end)
            {
                _lastLetterEnd = end;
                _lastLetter = end - 1;
                while (_lastLetter >= _paragraphStart && !char.IsLetterOrDigit(_s[_lastLetter])) _lastLetter--;
            }
            return from > _lastLetter;
        }

        /// <summary>
        /// The paragraph (within a few) whose first double mark closes a quote, when every paragraph before it has
        /// no quotation mark at all and that mark is followed by no opening one in its paragraph; else -1.
        /// </summary>
        private int ClosedLater(int from)
        {
            for (var p = from; p < _paragraphs.Count && p < from + 6; p++)
            {
                var span = _paragraphs[p].Span;
                for (var i = span.Start; i < span.End; i++)
                {
                    var family = QuoteMarks.Family(_s[i]);
                    if (family == MarkFamily.None) continue;
                    if (family == MarkFamily.Single)
                    {
                        var r = Classify(i, span.Start, span.End, family, out _);
                        if (r == Role.Apostrophe || r == Role.Close) continue;
                        return -1;
                    }
                    var role = Classify(i, span.Start, span.End, family, out var shape);
                    return role == Role.Close && shape != MarkShape.Opening && !HasOpeningAfter(i + 1, span.End) ? p : -1;
                }
            }
            return -1;
        }

        private bool HasOpeningAfter(int from, int end)
        {
            for (var i = from; i < end; i++)
            {
                if (QuoteMarks.Family(_s[i]) != MarkFamily.Double) continue;
                var role = Classify(i, from - 1, end, MarkFamily.Double, out _);
                if (role == Role.Open) return true;
            }
            return false;
        }

        private bool ReopensWith(int p, MarkFamily family)
        {
            var span = _paragraphs[p].Span;
            var i = span.Start;
            while (i < span.End && char.IsWhiteSpace(_s[i])) i++;
            if (i >= span.End || QuoteMarks.Family(_s[i]) != family) return false;
            var role = Classify(i, span.Start, span.End, family, out _);
            return role == Role.Open || role == Role.Either;
        }

        private int IndexOf(MarkFamily family)
        {
            for (var k = _stack.Count - 1; k >= 0; k--)
            {
                if (_stack[k].Family == family) return k;
            }
            return -1;
        }

        /// <summary>Drops open marks from index on; unmatched ones are reported unless they look like elisions.</summary>
        private void PopFrom(int index, bool stray)
        {
            for (var k = _stack.Count - 1; k >= index; k--)
            {
                var m = _stack[k];
                _stack.RemoveAt(k);
                if (m.Carried != null)
                {
                    Report(m.Carried.OpenMark, "Quotation mark '" + _s[m.Carried.OpenMark] + "' never closes and the next paragraph does not reopen it; the quote is taken to end with its paragraph");
                    continue;
                }
                if (!stray || (m.Family == MarkFamily.Single && m.Shape == MarkShape.Closing)) continue;
                Report(m.Pos, "Stray quotation mark '" + _s[m.Pos] + "' ignored");
            }
        }

        private Role Classify(int i, int start, int end, MarkFamily family, out MarkShape shape)
        {
            var c = _s[i];
            shape = QuoteMarks.Shape(c);
            var prev = i > start ? _s[i - 1] : ' ';
            var next = i + 1 < end ? _s[i + 1] : ' ';
            if (family == MarkFamily.Single)
            {
                if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) return Role.Apostrophe;
                if (prev == ' ' && i - 2 >= start && char.IsLetterOrDigit(_s[i - 2]) && IsClitic(i + 1, end)) return Role.Apostrophe; // tokenised "Lima 's"
                // Year elision: ’90s, '22.
                if (!char.IsLetter(prev) && i + 2 < end && char.IsDigit(next) && char.IsDigit(_s[i + 2])
                    && (i + 3 >= end || !char.IsDigit(_s[i + 3]))) return Role.Apostrophe;
            }
            var openPos = !char.IsWhiteSpace(next) && QuoteMarks.OpensAfter(prev);
            var closePos = !char.IsWhiteSpace(prev) && QuoteMarks.ClosesBefore(next);
            if (openPos && !closePos) return Role.Open;
            if (closePos && !openPos) return Role.Close;
            if (shape == MarkShape.Opening) return Role.Open;
            if (shape == MarkShape.Closing) return Role.Close;
            return Role.Either;
        }

        /// <summary>
        /// A closing-shaped mark typed where a quote opens: <c>she said,” We …</c>. The mark follows a speech verb and its comma
        /// or colon, and a capitalised word follows the space after it; no quote is open.
        /// </summary>
        private bool OpensAfterSpeechVerb(int i, int start, int end)
        {
            if (i - 2 < start || i + 2 >= end || (_s[i - 1] != ',' && _s[i - 1] != ':') || _s[i + 1] != ' ' || !char.IsUpper(_s[i + 2])) return false;
            var k = i - 2;
            while (k >= start && i - 2 - k < 12 && char.IsLower(_s[k])) k--;
            if (k == i - 2 || (k >= start && char.IsLetter(_s[k]))) return false;
            return SpeechVerbs.IsSpeechVerb(_s.Substring(k + 1, i - 2 - k));
        }

        /// <summary>A detached clitic after an apostrophe: <c>s</c>, <c>re</c>, <c>ll</c>, <c>ve</c>, <c>m</c>, <c>d</c> and then no letter.</summary>
        private bool IsClitic(int from, int end)
        {
            var k = from;
            while (k < end && k - from < 3 && char.IsLower(_s[k])) k++;
            if (k < end && char.IsLetter(_s[k])) return false;
            var clitic = _s.Substring(from, k - from);
            return clitic == "s" || clitic == "re" || clitic == "ll" || clitic == "ve" || clitic == "m" || clitic == "d";
        }

        private void Report(int pos, string message)
            => _findings.Add(Finding.Create(FindingCatalog.UnbalancedQuote, _text.Span(pos, 1), message));
    }
}
