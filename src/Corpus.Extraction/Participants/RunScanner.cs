using System.Collections.Generic;
using System.Text;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>
    /// Reads one paragraph's capitalised runs ("US Secretary of State John Roe") into pieces:
    /// gazetteer names, demonyms, titled or plain person names, organisations and places known by their
    /// head word, and single unknown words left for the article-wide step. One left-to-right pass.
    /// </summary>
    internal static partial class RunScanner
    {
        private enum Seg
        {
            Known,
            Demonym,
            Role,
            Honorific,
            Name,
            Connector,
        }

        /// <summary>Titles held "of" a country ("President of Freedonia", "King of Narnia").</summary>
        private static readonly HashSet<string> HeadsOfState = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "president", "king", "queen", "emir", "sultan", "emperor", "empress", "monarch",
        };

        public static void Scan(string text, List<Token> tokens, bool headline, List<Piece> pieces)
        {
            var k = 0;
            while (k < tokens.Count)
            {
                var t = tokens[k];
                if (!t.IsWord || !t.IsCapitalized)
                {
                    k++;
                    continue;
                }
                var end = RunEnd(tokens, k);
                ReadRun(text, tokens, k, end, headline, pieces);
                k = end;
            }
            RoleScanner.Scan(tokens, pieces);
        }

        /// <summary>End (exclusive) of the capitalised run starting at <paramref name="k"/>.</summary>
        private static int RunEnd(List<Token> tokens, int k)
        {
            var j = k;
            var end = k;
            while (j < tokens.Count)
            {
                var t = tokens[j];
                if (t.IsWord && t.IsCapitalized)
                {
                    j++;
                    end = j;
                    // "St Mary's Cathedral", "People's Party": a possessive inside a name that a head word ends.
                    if (t.Possessive && !(j < tokens.Count && tokens[j].IsWord && tokens[j].IsCapitalized
                        && (Gazetteer.OrgHeads.Contains(tokens[j].Key) || Gazetteer.PlaceHeads.Contains(tokens[j].Key)))) break;
                    continue;
                }
                if (t.Is(".") && j > k && tokens[j - 1].IsWord && tokens[j - 1].End == t.Start && Words.AbbreviatedTitles.Contains(tokens[j - 1].Key)
                    && j + 1 < tokens.Count && tokens[j + 1].IsWord && tokens[j + 1].IsCapitalized)
                {
                    j++;
                    continue;
                }
                // "Committee on Foreign Affairs", "Council on Foreign Relations": "on" after an organisation head word.
                var onAfterHead = t.IsWord && t.Key == "on" && j > k && tokens[j - 1].IsWord && tokens[j - 1].IsCapitalized && Gazetteer.OrgHeads.Contains(tokens[j - 1].Key);
                if (t.IsWord && (onAfterHead || Words.Connectors.Contains(t.Key)))
                {
                    var q = j + 1;
                    while (q < tokens.Count && q - j < 3 && tokens[q].IsWord && !tokens[q].IsCapitalized && Words.Connectors.Contains(tokens[q].Key)) q++;
                    if (q < tokens.Count && tokens[q].IsWord && tokens[q].IsCapitalized)
                    {
                        j = q;
                        continue;
                    }
                }
                break;
            }
            return end;
        }

        private static void ReadRun(string text, List<Token> tokens, int s, int e, bool headline, List<Piece> pieces)
        {
            if (!headline && TryHeadAnaphor(text, tokens, s, e, pieces)) return;
            // "Civil Defense Authority" mid-sentence: common words are part of a name a head word ends;
            // only articles and sentence-initial common words are dropped before looking for that shape.
            var s0 = s;
            while (s0 < e && (!tokens[s0].IsWord || tokens[s0].Key == "the" || tokens[s0].Key == "a" || tokens[s0].Key == "an"
                || (tokens[s0].SentenceStart && Gazetteer.CommonWords.Contains(tokens[s0].Key) && !Gazetteer.OrgHeads.Contains(tokens[s0].Key) && !Gazetteer.PlaceHeads.Contains(tokens[s0].Key))))
            {
                s0++;
            }
            while (s0 < e && tokens[s0].IsWord && !tokens[s0].IsCapitalized) s0++;
            var hasAnd = false;
            for (var k = s0; k < e; k++)
            {
                if (tokens[k].IsWord && tokens[k].Key == "and") hasAnd = true;
            }

            // Words capitalised only by position or style ("The", "According", "Allies") are not names.
            while (s < e && (!tokens[s].IsWord || (tokens[s].IsCapitalized && Gazetteer.CommonWords.Contains(tokens[s].Key)
                && !Words.IsRoleWord(tokens[s].Key, out _) && !Gazetteer.Honorifics.Contains(tokens[s].Key) && Longest(tokens, s, e, out _) == 0
                && !(s + 1 < e && (Gazetteer.OrgHeads.Contains(tokens[s].Key) || Gazetteer.PlaceHeads.Contains(tokens[s].Key)
                    || Gazetteer.TryTwoWordDemonym(tokens[s].Key, tokens[s + 1].Key, out _))))))
            {
                s++;
            }
            while (s < e && tokens[s].IsWord && !tokens[s].IsCapitalized) s++;
            if (s0 < s && s0 < e && !hasAnd && !Words.IsRoleWord(tokens[s0].Key, out _) && TryShape(text, tokens, s0, e, headline, pieces)) return;
            if (s >= e) return;
            var sentenceStart = tokens[s].SentenceStart || (s > 0 && tokens[s - 1].IsWord && tokens[s - 1].SentenceStart && tokens[s - 1].Key == "the");

            // "the United Nations and the International Criminal Court": two names unless the gazetteer knows the whole.
            // A loop, not recursion: a run of a thousand "X and Y and …" must not exhaust the stack.
            for (var k = s + 1; k < e - 1; k++)
            {
                // "National Air and Space Museum", "State and Homeland Security Departments": one head word for both.
                if (tokens[k].IsWord && tokens[k].Key == "and" && !tokens[k].IsCapitalized && Longest(tokens, s, e, out _) < k - s + 2
                    && !(Gazetteer.OrgHeads.Contains(tokens[e - 1].Key) && !EndsWithHead(tokens, s, k) && Longest(tokens, s, k, out _) < k - s
                        && k - s <= 2 && !Gazetteer.IsAllCaps(tokens[s].Text) && !HasOf(tokens, k, e))
                    && !JoinsObjectsOfHead(tokens, s, k, e))
                {
                    ReadPart(text, tokens, s, k, headline, sentenceStart, pieces);
                    var next = k + 1;
                    while (next < e && tokens[next].IsWord && !tokens[next].IsCapitalized) next++;
                    s = next;
                    sentenceStart = false;
                    k = s;
                }
            }
            if (s < e) ReadPart(text, tokens, s, e, headline, sentenceStart, pieces);
        }

        private static void ReadPart(string text, List<Token> tokens, int s, int e, bool headline, bool sentenceStart, List<Piece> pieces)
        {
            if (s >= e) return;
            if (TryShape(text, tokens, s, e, headline, pieces)) return;

            // Segment the run.
            // One segment list per thread, taken while in use (so a nested call would get its own).
            var segs = _segments ?? new List<(Seg Kind, int From, int To, string Canonical, EntityKind EntityKind)>();
            _segments = null;
            segs.Clear();
            var p = s;
            while (p < e)
            {
                var t = tokens[p];
                if (!t.IsWord)
                {
                    p++;
                    continue;
                }
                var n = Longest(tokens, p, e, out var known);
                // "Jane Paris", "John Jordan": a one-word place or country right after a given name is a surname.
                if (n == 1 && known.Kind != EntityKind.Organization && segs.Count > 0 && segs[segs.Count - 1].Kind == Seg.Name && !Gazetteer.IsAllCaps(t.Text)
                    && (segs.Count == 1 || segs[segs.Count - 2].Kind != Seg.Name)
                    && !Gazetteer.CommonWords.Contains(tokens[segs[segs.Count - 1].From].Key) && (p + 1 >= e || !Gazetteer.OrgHeads.Contains(tokens[p + 1].Key) && !Gazetteer.PlaceHeads.Contains(tokens[p + 1].Key)))
                {
                    n = 0;
                }
                // "Sofia Lund", "Paris Smith": a one-word city right before an unknown name word is a given name.
                if (n == 1 && known.Kind == EntityKind.Place && p + 2 == e && p == s && tokens[p + 1].IsWord && tokens[p + 1].IsCapitalized && !tokens[p].Possessive
                    && IsPlainNameWord(tokens[p + 1]) && Longest(tokens, p + 1, e, out _) == 0)
                {
                    n = 0;
                }
                if (n > 0)
                {
                    segs.Add((Seg.Known, p, p + n, known.Canonical, known.Kind));
                    p += n;
                    continue;
                }
                // "New Zealanders", "South Korean": two-word demonyms first.
                if (t.IsCapitalized && p + 1 < e && tokens[p + 1].IsWord && tokens[p + 1].IsCapitalized && !t.Possessive
                    && Gazetteer.TryTwoWordDemonym(t.Key, tokens[p + 1].Key, out var country2))
                {
                    segs.Add((Seg.Demonym, p, p + 2, country2, EntityKind.Country));
                    p += 2;
                    continue;
                }
                if (t.IsCapitalized && Gazetteer.Demonyms.TryGetValue(t.Key, out var country))
                {
                    segs.Add((Seg.Demonym, p, p + 1, country, EntityKind.Country));
                    p++;
                    continue;
                }
                if (!t.IsCapitalized)
                {
                    segs.Add((Seg.Connector, p, p + 1, t.Key, default));
                    p++;
                    continue;
                }
                if (Gazetteer.Honorifics.Contains(t.Key) && p + 1 < e)
                {
                    var to = p + 1;
                    if (tokens[to].Is(".")) to++;
                    segs.Add((Seg.Honorific, p, to, string.Empty, default));
                    p = to;
                    continue;
                }
                if (Words.IsRoleWord(t.Key, out _))
                {
                    var to = p + 1;
                    if (to < e && tokens[to].Is(".")) to++;
                    segs.Add((Seg.Role, p, to, string.Empty, default));
                    p = to;
                    continue;
                }
                segs.Add((Seg.Name, p, p + 1, string.Empty, default));
                p++;
            }

            // Interpret: [title words]* [honorific] name words.
            var titleFrom = -1;
            var hasRole = false;
            var plural = false;
            var honorific = -1;
            var lastWasPerson = false;
            var placeAfterOf = false;
            var i = 0;
            while (i < segs.Count)
            {
                var seg = segs[i];
                switch (seg.Kind)
                {
                    case Seg.Known:
                        AddKnown(text, tokens, seg.From, seg.To, seg.Canonical, seg.EntityKind, sentenceStart && seg.From == s, pieces);
                        if (i + 1 < segs.Count && segs[i + 1].Kind == Seg.Role || (hasRole && titleFrom >= 0))
                        {
                            if (titleFrom < 0) titleFrom = seg.From;
                        }
                        else
                        {
                            FlushRole(text, tokens, ref titleFrom, ref hasRole, seg.To, plural, pieces);
                        }
                        i++;
                        break;
                    case Seg.Demonym:
                        AddDemonym(tokens, seg.From, seg.To, seg.Canonical, pieces);
                        if (i + 1 < segs.Count && segs[i + 1].Kind == Seg.Role && titleFrom < 0) titleFrom = seg.From;
                        i++;
                        break;
                    case Seg.Role:
                        if (titleFrom < 0) titleFrom = seg.From;
                        hasRole = true;
                        Words.IsRoleWord(tokens[seg.From].Key, out var isPlural);
                        plural |= isPlural;
                        i++;
                        // "Secretary of State", "President of Freedonia": the "of" part belongs to the title.
                        if (i < segs.Count && segs[i].Kind == Seg.Connector && (segs[i].Canonical == "of" || segs[i].Canonical == "for"))
                        {
                            var q = i;
                            while (q < segs.Count && segs[q].Kind == Seg.Connector) q++;
                            if (q < segs.Count && (segs[q].Kind == Seg.Role || segs[q].Kind == Seg.Known))
                            {
                                i = q;
                            }
                            else if (q < segs.Count && segs[q].Kind == Seg.Name && (q + 1 >= segs.Count || segs[q + 1].Kind != Seg.Name))
                            {
                                // One unknown word after "of" ends the run: "President of Freedonia".
                                if (q + 1 >= segs.Count)
                                {
                                    if (HeadsOfState.Contains(tokens[seg.From].Key) && !Gazetteer.CommonWords.Contains(tokens[segs[q].From].Key))
                                    {
                                        // Only a country has a president, king or prime minister "of" it.
                                        var country = new Piece { Kind = PieceKind.Place, EntityKind = EntityKind.Country, Start = tokens[segs[q].From].Start, End = tokens[segs[q].From].End, Name = tokens[segs[q].From].Text };
                                        country.Canonical = country.Name;
                                        pieces.Add(country);
                                    }
                                    i = q + 1;
                                    FlushRole(text, tokens, ref titleFrom, ref hasRole, segs[q].To, plural, pieces);
                                }
                                else
                                {
                                    i = q;
                                }
                            }
                        }
                        break;
                    case Seg.Honorific:
                        honorific = seg.From;
                        i++;
                        break;
                    case Seg.Connector:
                        // "Mayor Grace Owusu of Kumasi": one word after "of" that ends a person's run is where they hold office.
                        if (seg.Canonical == "of" && lastWasPerson && i + 2 == segs.Count && segs[i + 1].Kind == Seg.Name)
                            placeAfterOf = true;
                        if (!Words.Particles.Contains(seg.Canonical))
                        {
                            FlushRole(text, tokens, ref titleFrom, ref hasRole, seg.From, plural, pieces);
                            honorific = -1;
                        }
                        i++;
                        break;
                    default:
                        {
                            // Name words, with particles and initials, up to the next non-name segment.
                            var from = seg.From;
                            var to = seg.To;
                            var q = i + 1;
                            while (q < segs.Count && (segs[q].Kind == Seg.Name || (segs[q].Kind == Seg.Connector && Words.Particles.Contains(segs[q].Canonical) && ParticlesThenName(segs, q))))
                            {
                                to = segs[q].To;
                                q++;
                            }
                            i = q;
                            var titled = hasRole && !plural && titleFrom >= 0;
                            var before = pieces.Count;
                            AddName(text, tokens, from, to, titled ? titleFrom : -1, honorific, sentenceStart && from == s, headline, pieces);
                            if (placeAfterOf && pieces.Count == before + 1 && pieces[before].Kind == PieceKind.Single) pieces[before].PlaceContext = true;
                            lastWasPerson = pieces.Count > before && pieces[pieces.Count - 1].Kind == PieceKind.Person;
                            placeAfterOf = false;
                            titleFrom = -1;
                            hasRole = false;
                            plural = false;
                            honorific = -1;
                            break;
                        }
                }
            }
            FlushRole(text, tokens, ref titleFrom, ref hasRole, tokens[e - 1].End, plural, pieces);
            _segments = segs;
        }

        /// <summary>"the Church", "The Court's": one capitalised organisation head word after "the", left for the article step to link.</summary>
        private static bool TryHeadAnaphor(string text, List<Token> tokens, int s, int e, List<Piece> pieces)
        {
            var w = s;
            bool the;
            if (tokens[w].IsWord && tokens[w].Key == "the")
            {
                w++;
                the = true;
            }
            else
            {
                the = w > 0 && tokens[w - 1].IsWord && tokens[w - 1].Key == "the" && !tokens[w - 1].IsCapitalized;
            }
            if (!the || w + 1 != e || !tokens[w].IsWord || tokens[w].SentenceStart || !Gazetteer.OrgHeads.Contains(tokens[w].Key) || Gazetteer.IsAllCaps(tokens[w].Text)) return false;
            var piece = new Piece { Kind = PieceKind.Single, HeadAnaphor = true, Start = tokens[w].Start, End = tokens[w].End, Name = tokens[w].Text, Canonical = tokens[w].Text, NameKeys = new[] { tokens[w].Key } };
            // "The Guardian", "in The Times": the capital "The" is part of a newspaper's name.
            var capitalThe = w > s || (tokens[w - 1].Text == "The");
            if (capitalThe && Words.NewspaperTitles.Contains(tokens[w].Key))
            {
                piece.NewspaperTitle = true;
                piece.Start = tokens[w - 1].Start;
                piece.Name = Slice(text, piece.Start, piece.End);
            }
            pieces.Add(piece);
            return true;
        }

        [System.ThreadStatic]
        private static List<(Seg Kind, int From, int To, string Canonical, EntityKind EntityKind)>? _segments;

        /// <summary>"van der Berg": particles from <paramref name="q"/> on, then a name word.</summary>
        private static bool ParticlesThenName(List<(Seg Kind, int From, int To, string Canonical, EntityKind EntityKind)> segs, int q)
        {
            while (q < segs.Count && segs[q].Kind == Seg.Connector && Words.Particles.Contains(segs[q].Canonical)) q++;
            return q < segs.Count && segs[q].Kind == Seg.Name;
        }

    }
}
