using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Participants
{
    /// <summary>
    /// The article-wide step: turns pieces into entities and mentions. Full names first, so a surname
    /// ("Doe", "Mrs. Doe") anywhere in the article joins the one person it ends; then
    /// single words the article explains (a place "in X", an acronym it defined); then role phrases
    /// ("the UN chief") to the one person whose role fits, and appositions ("X, Brazil's foreign minister").
    /// </summary>
    internal sealed partial class ArticleLinker
    {
        private readonly string _text;
        private readonly List<EntityBuilder> _entities = new List<EntityBuilder>();
        private readonly Dictionary<(EntityKind Kind, char Tag, string Identity), int> _byIdentity = new Dictionary<(EntityKind, char, string), int>();

        /// <summary>Surname key to the persons (with full names) it ends.</summary>
        private readonly Dictionary<string, List<int>> _surnames = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        /// <summary>Single-word key to an entity the article has already identified by it.</summary>
        private readonly Dictionary<string, int> _singles = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>Role phrases that no person of the article holds (for the corpus merge).</summary>
        private readonly List<UnresolvedRole> _unresolved = new List<UnresolvedRole>();

        /// <summary>Per person piece, the person entity it became (for apposition).</summary>
        private readonly Dictionary<Piece, int> _personOf = new Dictionary<Piece, int>();

        public ArticleLinker(string text)
        {
            _text = text;
        }

        public void Link(List<Piece> pieces)
        {
            ReinterpretByContext(pieces);
            ReinterpretByArticle(pieces);
            LinkKnownNames(pieces);
            LinkFullNames(pieces);
            LinkShortNames(pieces);
            LinkSingleWords(pieces);
            LinkRoles(pieces);
        }

        /// <summary>Reads pieces again once the article's full names are known: surnames of full names, so a known word that is also a surname ("Jane Paris", then "Paris") and a run that starts with a surname ("the Doe Papers") read as that person.</summary>
        private void ReinterpretByArticle(List<Piece> pieces)
        {
            var surnames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var p in pieces)
            {
                if (p.Kind != PieceKind.Person || p.NameKeys.Length < 2) continue;
                var last = Surname(p.NameKeys);
                if (!surnames.TryGetValue(last, out var full)) surnames[last] = full = new HashSet<string>(StringComparer.Ordinal);
                full.Add(string.Join(" ", p.NameKeys));
            }
            bool OtherSurname(string key, string self) => surnames.TryGetValue(key, out var full) && (full.Count > 1 || !full.Contains(self));
            var places = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in pieces)
            {
                if (p.Kind == PieceKind.Known && p.PlaceContext) places.Add(Gazetteer.Key(p.Name));
            }
            foreach (var p in pieces)
            {
                // "De la Fuente thanked …": a name that starts with a particle is a surname form.
                if (p.Kind == PieceKind.Person && p.Role is null && p.NameKeys.Length >= 2 && Words.Particles.Contains(p.NameKeys[0]) && surnames.ContainsKey(p.NameKeys[p.NameKeys.Length - 1]))
                {
                    p.Kind = PieceKind.Single;
                    p.NameKeys = new[] { p.NameKeys[p.NameKeys.Length - 1] };
                }
                // "Visit Lyon" when Lyon is a place elsewhere here: not a person named Lyon.
                if (p.Kind == PieceKind.Person && p.Role is null && p.ShortForm is null && p.NameKeys.Length == 2 && places.Contains(p.NameKeys[1])
                    && Gazetteer.Names.TryGetValue(p.NameKeys[1], out var known) && known.Kind != EntityKind.Organization)
                {
                    var space = p.Name.LastIndexOf(' ');
                    p.Kind = PieceKind.Known;
                    p.EntityKind = known.Kind;
                    p.Canonical = known.Canonical;
                    p.Start = p.End - (p.Name.Length - space - 1);
                    p.Name = p.Name.Substring(space + 1);
                    p.NameKeys = Array.Empty<string>();
                }
            }
            foreach (var p in pieces)
            {
                if (p.Kind == PieceKind.Known && !places.Contains(Gazetteer.Key(p.Name)) && p.EntityKind != EntityKind.Organization && surnames.ContainsKey(Gazetteer.Key(p.Name)) && p.Name.IndexOf(' ') < 0)
                {
                    p.Kind = PieceKind.Single;
                    p.NameKeys = new[] { Gazetteer.Key(p.Name) };
                }
                else if (p.Kind == PieceKind.Person && p.NameKeys.Length == 2 && p.Role is null && p.ShortForm is null
                    && OtherSurname(p.NameKeys[0], string.Join(" ", p.NameKeys)) && !OtherSurname(p.NameKeys[1], string.Join(" ", p.NameKeys)))
                {
                    p.Kind = PieceKind.Single;
                    var space = p.Name.IndexOf(' ');
                    if (space > 0)
                    {
                        p.End = p.Start + space;
                        p.Name = p.Name.Substring(0, space);
                    }
                    p.NameKeys = new[] { p.NameKeys[0] };
                }
            }
        }

        /// <summary>
        /// A name the article once puts in an organisation's context ("shares of X", "X officials", "X's chief executive")
        /// is that organisation everywhere in the article, unless a title, honorific or role ever marks it as a person.
        /// </summary>
        private static void ReinterpretByContext(List<Piece> pieces)
        {
            HashSet<string>? orgs = null;
            foreach (var p in pieces)
            {
                if (p.OrgContext && (p.Kind == PieceKind.Person || p.Kind == PieceKind.Single) && p.NameKeys.Length > 0)
                    (orgs ??= new HashSet<string>(StringComparer.Ordinal)).Add(string.Join(" ", p.NameKeys));
            }
            if (orgs is null) return;
            foreach (var p in pieces)
            {
                if (p.Kind != PieceKind.Person) continue;
                if (p.Role != null || p.ShortForm != null) orgs.Remove(string.Join(" ", p.NameKeys));
                // "Roe officials" after "John Roe": a word of a person's name here is that person, not an organisation.
                if (p.NameKeys.Length >= 2 && !p.OrgContext)
                {
                    foreach (var key in p.NameKeys) orgs.Remove(key);
                }
            }
            foreach (var p in pieces)
            {
                if ((p.Kind != PieceKind.Person && p.Kind != PieceKind.Single) || p.NameKeys.Length == 0 || p.PlaceContext) continue;
                if (!orgs.Contains(string.Join(" ", p.NameKeys))) continue;
                p.Kind = PieceKind.Organization;
                p.EntityKind = EntityKind.Organization;
                p.Canonical = p.Name;
            }
        }

        /// <summary>Names the gazetteer knows, and organisations or places known by their shape.</summary>
        private void LinkKnownNames(List<Piece> pieces)
        {
            foreach (var p in pieces)
            {
                switch (p.Kind)
                {
                    case PieceKind.Known:
                        {
                            var e = Entity(p.EntityKind, 'K', p.Canonical, p.Canonical);
                            _entities[e].AddName(p.Name);
                            AddMention(e, p.Start, p.End, MentionForm.Name);
                            _singles[Gazetteer.Key(p.Name)] = e;
                            break;
                        }
                    case PieceKind.Demonym:
                        {
                            var e = Entity(EntityKind.Country, 'K', p.Canonical, p.Canonical);
                            AddMention(e, p.Start, p.End, MentionForm.Adjective);
                            break;
                        }
                    case PieceKind.Organization:
                    case PieceKind.Place:
                        {
                            var key = Gazetteer.Key(p.Name);
                            // "The Lyon Herald" and "Lyon Herald" are one newspaper.
                            if (key.StartsWith("the ", StringComparison.Ordinal)) key = key.Substring(4);
                            var e = Entity(p.EntityKind, 'S', key, p.Name);
                            _entities[e].AddName(p.Name);
                            AddMention(e, p.Start, p.End, MentionForm.Name);
                            // "the Church of Veldism", later "Veldism": an unknown single word after "of" names the organisation alone.
                            if (p.EntityKind == EntityKind.Organization && OfObject(p.Name) is { } obj && !_singles.ContainsKey(obj)) _singles[obj] = e;
                            // A one-word place known by its shape ("the Municipality of Ostrava"): the article's other "Ostrava"s are it.
                            if (p.EntityKind == EntityKind.Place && p.Name.IndexOf(' ') < 0 && !_singles.ContainsKey(key)) _singles[key] = e;
                            if (p.Acronym != null)
                            {
                                _entities[e].AddForm(p.Acronym);
                                _singles[Gazetteer.Key(p.Acronym)] = e;
                                AddMention(e, p.AcronymStart, p.AcronymStart + p.Acronym.Length, MentionForm.Name);
                            }
                            break;
                        }
                }
            }
        }

        /// <summary>Full names of people. A longer name that ends with another full name of the article is that person with a descriptor before the name ("Activist Jane Doe", "Nonpartisan Jane Doe").</summary>
        private void LinkFullNames(List<Piece> pieces)
        {
            var fullNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in pieces)
            {
                if (p.Kind == PieceKind.Person && p.NameKeys.Length == 2) fullNames.Add(string.Join(" ", p.NameKeys));
            }
            foreach (var p in pieces)
            {
                if (p.Kind != PieceKind.Person || p.NameKeys.Length < 3 || p.Role != null) continue;
                var tail = p.NameKeys[p.NameKeys.Length - 2] + " " + p.NameKeys[p.NameKeys.Length - 1];
                if (!fullNames.Contains(tail) || Words.Particles.Contains(p.NameKeys[p.NameKeys.Length - 3])) continue;
                p.NameKeys = new[] { p.NameKeys[p.NameKeys.Length - 2], p.NameKeys[p.NameKeys.Length - 1] };
                var cut = p.Name.LastIndexOf(' ', p.Name.LastIndexOf(' ') - 1);
                if (cut > 0) p.Name = p.Name.Substring(cut + 1);
            }
            foreach (var p in pieces)
            {
                if (p.Kind != PieceKind.Person || p.NameKeys.Length < 2) continue;
                var e = Entity(EntityKind.Person, 'P', string.Join(" ", p.NameKeys), p.Name);
                var person = _entities[e];
                person.AddName(p.Name);
                person.AddRole(p.Role);
                if (p.NameKeys.Length > person.NameKeys.Length) person.NameKeys = p.NameKeys;
                AddMention(e, p.Start, p.End, MentionForm.FullName);
                _personOf[p] = e;
                var surname = Surname(p.NameKeys);
                if (!_surnames.TryGetValue(surname, out var list)) _surnames[surname] = list = new List<int>();
                if (!list.Contains(e)) list.Add(e);
            }
        }

        /// <summary>Titled or honorific single names: "Mr. Roe", "President Roe".</summary>
        private void LinkShortNames(List<Piece> pieces)
        {
            foreach (var p in pieces)
            {
                if (p.Kind != PieceKind.Person || p.NameKeys.Length != 1) continue;
                var key = p.NameKeys[0];
                var e = PersonBySurname(key, p.Start);
                if (e < 0)
                {
                    if (!_singles.TryGetValue(key, out e) || _entities[e].Kind != EntityKind.Person)
                    {
                        e = Entity(EntityKind.Person, 'P', key, p.Name);
                        _entities[e].NameKeys = p.NameKeys;
                    }
                }
                var person = _entities[e];
                person.AddName(p.Name);
                if (p.ShortForm != null) person.AddForm(p.ShortForm);
                person.AddRole(p.Role);
                _singles[key] = e;
                _personOf[p] = e;
                AddMention(e, p.Start, p.End, MentionForm.ShortName);
            }
        }

        /// <summary>Single capitalised words: what the article says they are.</summary>
        private void LinkSingleWords(List<Piece> pieces)
        {
            var pending = new List<Piece>();
            Piece? previous = null;
            var previousIsPlace = false;
            foreach (var p in pieces)
            {
                var before = previous;
                var beforeIsPlace = previousIsPlace;
                previous = p;
                previousIsPlace = (p.Kind == PieceKind.Known && p.EntityKind != EntityKind.Organization) || p.Kind == PieceKind.Place;
                if (p.Kind != PieceKind.Single) continue;
                if (p.HeadAnaphor)
                {
                    var org = OrganizationByHead(p.NameKeys[0]);
                    if (org < 0 && p.NewspaperTitle)
                    {
                        org = Entity(EntityKind.Organization, 'S', Gazetteer.Key(p.Name), p.Name);
                        _orgByHead![p.NameKeys[0]] = org;
                    }
                    if (org >= 0) LinkSingle(org, p);
                    continue;
                }
                // "in Alderton, Bexley and Crayford": a list that starts with a place goes on with places.
                if (!p.PlaceContext && before != null && beforeIsPlace && IsListSeparator(before.End, p.Start) && !IsPossessive(p.End)) p.PlaceContext = true;
                var key = p.NameKeys.Length == 1 ? p.NameKeys[0] : Gazetteer.Key(p.Name);
                var e = PersonBySurname(key, p.Start);
                if (e < 0 && !Gazetteer.CommonWords.Contains(key)) e = PersonByGivenName(key);
                if (e >= 0)
                {
                    _entities[e].AddName(p.Name);
                    AddMention(e, p.Start, p.End, MentionForm.ShortName);
                    continue;
                }
                if (_singles.TryGetValue(key, out e))
                {
                    LinkSingle(e, p);
                    continue;
                }
                if (Gazetteer.CommonWords.Contains(key) || Words.IsRoleWord(key, out _) || Gazetteer.OrgHeads.Contains(key)) continue;
                if (p.PersonContext)
                {
                    // "their daughter, Ilse": a person known by one name; the article's other "Ilse"s join her.
                    e = Entity(EntityKind.Person, 'P', key, p.Name);
                    _entities[e].NameKeys = new[] { key };
                    _entities[e].AddName(p.Name);
                    AddMention(e, p.Start, p.End, MentionForm.ShortName);
                    _singles[key] = e;
                    continue;
                }
                if (p.PlaceContext && !Gazetteer.IsAllCaps(p.Name))
                {
                    e = Entity(EntityKind.Place, 'S', key, p.Name);
                    _entities[e].AddName(p.Name);
                    AddMention(e, p.Start, p.End, MentionForm.Name);
                    _singles[key] = e;
                    previousIsPlace = true;
                    continue;
                }
                if (IsAcronym(p.Name))
                {
                    e = Entity(EntityKind.Organization, 'S', key, p.Name);
                    _entities[e].AddName(p.Name);
                    AddMention(e, p.Start, p.End, MentionForm.Name);
                    _singles[key] = e;
                    continue;
                }
                pending.Add(p);
            }
            foreach (var p in pending)
            {
                var key = p.NameKeys.Length == 1 ? p.NameKeys[0] : Gazetteer.Key(p.Name);
                if (_singles.TryGetValue(key, out var e)) LinkSingle(e, p);
            }
        }

        /// <summary>Roles: appositions first ("X, Brazil's foreign minister"), then stand-ins ("the UN chief").</summary>
        private void LinkRoles(List<Piece> pieces)
        {
            var roles = new List<Piece>();
            Piece? previousPerson = null;
            Piece? previousRole = null;
            foreach (var p in pieces)
            {
                if (p.Kind == PieceKind.Person && _personOf.ContainsKey(p))
                {
                    if (previousRole != null && OnlyCommaBetween(previousRole.End, p.Start))
                    {
                        AttachApposition(previousRole, _personOf[p]);
                        roles.Remove(previousRole);
                    }
                    previousPerson = p;
                    previousRole = null;
                    continue;
                }
                if (p.Kind != PieceKind.Role) continue;
                // "the Russian President" is read twice (determiner phrase and capitalised title): keep the longer.
                if (previousRole != null && p.Start < previousRole.End) continue;
                if (previousPerson != null && OnlyCommaBetween(previousPerson.End, p.Start))
                {
                    AttachApposition(p, _personOf[previousPerson]);
                    previousPerson = null;
                    continue;
                }
                previousRole = p;
                roles.Add(p);
            }
            foreach (var r in roles)
            {
                if (r.Indefinite) continue;
                var e = ResolveRole(r);
                if (e >= 0) AddMention(e, r.Start, r.End, MentionForm.Role);
                else if (r.Role != null && !HasHolder(r)) _unresolved.Add(new UnresolvedRole(r.Start, r.End - r.Start, r.Role));
            }
        }

        public ParticipantExtraction Build(ArticleText text, List<Finding> findings)
        {
            // Entities in order of first mention; adjective-only countries count from their adjective.
            var order = new List<int>();
            for (var i = 0; i < _entities.Count; i++)
            {
                if (_entities[i].Mentions.Count > 0) order.Add(i);
            }
            order.Sort((a, b) =>
            {
                var c = FirstStart(a).CompareTo(FirstStart(b));
                return c != 0 ? c : a.CompareTo(b);
            });
            var newIndex = new int[_entities.Count];
            var specs = new List<EntitySpec>();
            var mentions = new List<Mention>();
            for (var i = 0; i < order.Count; i++)
            {
                newIndex[order[i]] = i;
                specs.Add(_entities[order[i]].Build(text));
            }
            foreach (var i in order)
            {
                foreach (var m in _entities[i].Mentions) mentions.Add(new Mention(m.Start, m.Length, newIndex[i], m.Form));
            }
            mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length != a.Length ? b.Length.CompareTo(a.Length) : a.EntityIndex.CompareTo(b.EntityIndex));
            return new ParticipantExtraction(specs, mentions, findings, _unresolved);
        }

        private int FirstStart(int entity)
        {
            var min = int.MaxValue;
            foreach (var m in _entities[entity].Mentions) min = Math.Min(min, m.Start);
            return min;
        }

        private void LinkSingle(int e, Piece p)
        {
            var entity = _entities[e];
            entity.AddName(p.Name);
            AddMention(e, p.Start, p.End, entity.Kind == EntityKind.Person ? MentionForm.ShortName : MentionForm.Name);
        }

        /// <summary>The article's one organisation whose name has this head word ("Church of X", "X Church"), or -1.</summary>
        private int OrganizationByHead(string head)
        {
            // Organisations of two or more words all come from LinkKnownNames, so one answer per head holds for the article.
            _orgByHead ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (_orgByHead.TryGetValue(head, out var cached)) return cached;
            return _orgByHead[head] = FindOrganizationByHead(head);
        }

        private Dictionary<string, int>? _orgByHead;

        private int FindOrganizationByHead(string head)
        {
            var found = -1;
            for (var i = 0; i < _entities.Count; i++)
            {
                var e = _entities[i];
                if (e.Kind != EntityKind.Organization || e.Mentions.Count == 0) continue;
                var parts = e.Canonical.Split(' ');
                if (parts.Length < 2) continue;
                var first = Gazetteer.Key(parts[0]) == head && (parts[1] == "of" || parts[1] == "for" || parts[1] == "on");
                if (!first && Gazetteer.Key(parts[parts.Length - 1]) != head) continue;
                if (found >= 0) return -1;
                found = i;
            }
            return found;
        }

        /// <summary>Key of Y in an organisation named "Head of Y" when Y is one unknown, uncommon capitalised word; else null.</summary>
        private static string? OfObject(string name)
        {
            var parts = name.Split(' ');
            if (parts.Length != 3 || parts[1] != "of" || !Gazetteer.OrgHeads.Contains(Gazetteer.Key(parts[0])) || Words.AdministrativeHeads.Contains(Gazetteer.Key(parts[0]))) return null;
            var y = parts[2];
            var key = Gazetteer.Key(y);
            if (key.Length < 3 || !char.IsUpper(y[0]) || Gazetteer.IsAllCaps(y) || Gazetteer.CommonWords.Contains(key) || Gazetteer.Names.ContainsKey(key)
                || Gazetteer.Demonyms.ContainsKey(key) || Gazetteer.OrgHeads.Contains(key) || Gazetteer.PlaceHeads.Contains(key) || Words.IsRoleWord(key, out _))
                return null;
            return key;
        }

        private bool IsPossessive(int end)
            => end + 1 < _text.Length && (_text[end] == '\'' || _text[end] == '\u2019') && (_text[end + 1] == 's' || _text[end + 1] == 'S');

        /// <summary>Only ", ", " and ", " or " or ", and " between two names.</summary>
        private bool IsListSeparator(int from, int to)
        {
            if (to <= from || to - from > 7) return false;
            var between = _text.Substring(from, to - from).Trim();
            return between == "," || between == "and" || between == "or" || between == ", and" || between == ", or";
        }

        private bool OnlyCommaBetween(int from, int to)
        {
            if (to <= from) return false;
            var commas = 0;
            for (var i = from; i < to; i++)
            {
                var c = _text[i];
                if (c == ',') commas++;
                else if (!char.IsWhiteSpace(c)) return false;
            }
            return commas == 1;
        }

        private static bool IsAcronym(string word)
        {
            // Two letters are too often products, degrees or abbreviations ("PC", "QC"); roman numerals are numbers.
            if (word.Length < 3 || word.Length > 6 || !Gazetteer.IsAllCaps(word)) return false;
            var roman = true;
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c != '.' && c != '&') return false;
                if ("IVXLCDM".IndexOf(c) < 0) roman = false;
            }
            return !roman;
        }

        /// <summary>The entity of this kind and identity (K: gazetteer canonical, S: shape key, P: person name keys), added if new.</summary>
        private int Entity(EntityKind kind, char tag, string identity, string canonical)
        {
            var key = (kind, tag, identity);
            if (_byIdentity.TryGetValue(key, out var index)) return index;
            index = _entities.Count;
            _entities.Add(new EntityBuilder(kind, canonical));
            _byIdentity[key] = index;
            return index;
        }

        private void AddMention(int entity, int start, int end, MentionForm form)
        {
            _entities[entity].AddMention(new Mention(start, end - start, entity, form));
        }
    }
}
