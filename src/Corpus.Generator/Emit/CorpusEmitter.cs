using System.Collections.Generic;
using System.Globalization;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;
using Corpus.Generator.Pipeline;

namespace Corpus.Generator.Emit
{
    /// <summary>
    /// Emits the corpus class in parts (see <see cref="CorpusParts"/>): a small top-level file (roots, list shells,
    /// kind indexes), one file per article bucket (the articles' named properties, creation and link tables: speakers,
    /// participants, variants) and a few participant files (named properties and creation), so a local edit re-emits
    /// only the parts it changes.
    /// </summary>
    internal static class CorpusEmitter
    {
        private static readonly (EntityKind Kind, string Property, string Type, string Noun)[] KindLists =
        {
            (EntityKind.Person, "People", "PeopleList", "people"),
            (EntityKind.Organization, "Organizations", "OrganizationList", "organisations"),
            (EntityKind.Country, "Countries", "CountryList", "countries"),
            (EntityKind.Place, "Places", "PlaceList", "places"),
        };

        public static string HintName(GeneratorSettings settings) => settings.ClassName + ".g.cs";

        public static string ArticlePartHintName(CorpusArticlePart part)
            => part.Settings.ClassName + ".ArticleList." + part.Index.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

        public static string ParticipantPartHintName(CorpusParticipantPart part)
            => part.Settings.ClassName + ".Participants." + part.Index.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

        /// <summary>Every corpus file of a spec, as the generator emits them: hint name and text (tests and benchmarks).</summary>
        public static List<(string HintName, string Text)> EmitAll(CorpusSpec spec)
        {
            var files = new List<(string, string)> { (HintName(spec.Settings), Emit(CorpusParts.Top(spec))) };
            foreach (var part in CorpusParts.ArticleParts(spec)) files.Add((ArticlePartHintName(part), Emit(part)));
            foreach (var part in CorpusParts.ParticipantParts(spec)) files.Add((ParticipantPartHintName(part), Emit(part)));
            return files;
        }

        /// <summary>The top-level corpus file: roots, list shells, kind indexes, and dispatch to the parts.</summary>
        public static string Emit(CorpusTop top)
        {
            var s = top.Settings;
            var w = new SourceWriter();
            FileHeader.Write(w, s.Namespace);
            w.Summary("The typed corpus: " + Count(top.ArticleCount, "article") + ", " + Count(top.QuoteCount, "quote") + ", " + Count(top.ParticipantCount, "participant") + ", compiled from the project's article files.");
            w.Line(FileHeader.GeneratedCodeAttribute);
            w.Open(s.Visibility + " static partial class " + s.ClassName);
            WriteRoots(w);
            WriteArticleList(w, top);
            WriteKindList(w, top.People, KindLists[0]);
            WriteKindList(w, top.Organizations, KindLists[1]);
            WriteKindList(w, top.Countries, KindLists[2]);
            WriteKindList(w, top.Places, KindLists[3]);
            WriteParticipantTable(w, top);
            WriteLinks(w, top);
            w.Close();
            return w.ToString();
        }

        /// <summary>One article part: the named properties of its articles, their creation, and their link tables.</summary>
        public static string Emit(CorpusArticlePart part)
        {
            var s = part.Settings;
            var id = Part(part.Index);
            var w = new SourceWriter();
            FileHeader.Write(w, s.Namespace);
            w.Open("static partial class " + s.ClassName);
            w.Open("public sealed partial class ArticleList");
            foreach (var entry in part.Articles)
            {
                var article = entry.Article;
                w.Summary(ArticleDoc(article));
                var remarks = ArticleRemarks(article);
                if (remarks.Length > 0) w.Line("/// <remarks>" + Literals.XmlDoc(remarks, 1200) + "</remarks>");
                w.Line("public Article " + article.Identifier + " => this[" + N(entry.Index) + "];");
                w.Line();
            }
            w.Summary("Creates an article of this part from its data class, or null if the index is not in this part.");
            w.Line(FileHeader.GeneratedCodeAttribute);
            w.Line("private static Article? __Create" + id + "(int index)");
            w.Line("{");
            w.Line("    switch (index)");
            w.Line("    {");
            foreach (var entry in part.Articles)
            {
                var article = entry.Article;
                w.Line("        case " + N(entry.Index) + ": return " + article.DataKey + ".Create(" + N(entry.Index) + ", " + Literals.String(article.Identifier) + ");");
            }
            w.Line("        default: return null;");
            w.Line("    }");
            w.Line("}");
            w.Close();
            w.Line();
            w.Summary("The link tables of an article of this part (speakers, participants, variants), or null if the index is not in this part.");
            w.Line(FileHeader.GeneratedCodeAttribute);
            w.Line("private static __ArticleLinks? __Links" + id + "(int article)");
            w.Line("{");
            w.Line("    switch (article)");
            w.Line("    {");
            foreach (var entry in part.Articles)
            {
                var a = entry.Article;
                w.Begin("        case " + N(entry.Index) + ": return new __ArticleLinks(" + IntArray(a.QuoteSpeakers) + ", " + IntArray(a.Participants) + ", new int[][] {");
                var first = true;
                foreach (var refs in a.QuoteVariants)
                {
                    var flat = new List<int>();
                    foreach (var r in refs)
                    {
                        flat.Add(r.Article);
                        flat.Add(r.Quote);
                    }
                    w.Append(first ? " " : ", ").Append(IntArray(flat));
                    first = false;
                }
                w.End(first ? "});" : " });");
            }
            w.Line("        default: return null;");
            w.Line("    }");
            w.Line("}");
            w.Close();
            return w.ToString();
        }

        /// <summary>One participant part: the named properties of its participants in their kind lists, and their creation.</summary>
        public static string Emit(CorpusParticipantPart part)
        {
            var s = part.Settings;
            var w = new SourceWriter();
            FileHeader.Write(w, s.Namespace);
            w.Open("static partial class " + s.ClassName);
            for (var k = 0; k < KindLists.Length; k++)
            {
                var (kind, _, type, _) = KindLists[k];
                var any = false;
                foreach (var entry in part.Participants)
                {
                    if (entry.Participant.Kind != kind) continue;
                    if (any) w.Line();
                    else w.Open("public sealed partial class " + type);
                    any = true;
                    var p = entry.Participant;
                    w.Summary(ParticipantDoc(p));
                    var remarks = ParticipantRemarks(p);
                    if (remarks.Length > 0) w.Line("/// <remarks>" + Literals.XmlDoc(remarks, 1200) + "</remarks>");
                    w.Line("public Participant " + p.Identifier + " => __Participant(" + N(entry.Index) + ");");
                }
                if (any)
                {
                    w.Close();
                    w.Line();
                }
            }
            w.Summary("Creates a participant of this part, or null if the index is not in this part.");
            w.Line(FileHeader.GeneratedCodeAttribute);
            w.Line("private static Participant? __CreateParticipant" + Part(part.Index) + "(int index)");
            w.Line("{");
            w.Line("    switch (index)");
            w.Line("    {");
            foreach (var entry in part.Participants)
            {
                var p = entry.Participant;
                w.Begin("        case " + N(entry.Index) + ": return new Participant(" + Literals.String(p.Name) + ", ParticipantKind." + p.Kind + ", ");
                w.Append(StringArray(p.Aliases)).Append(", ").Append(StringArray(p.Roles)).Append(", ").Append(IntArray(p.Articles)).Append(", ");
                var refs = new List<int>();
                foreach (var q in p.Quotes)
                {
                    refs.Add(q.Article);
                    refs.Add(q.Quote);
                }
                w.Append(IntArray(refs)).End(");");
            }
            w.Line("        default: return null;");
            w.Line("    }");
            w.Line("}");
            w.Close();
            return w.ToString();
        }

        private static void WriteRoots(SourceWriter w)
        {
            w.Summary("All articles, in identifier order; each also has a named property.");
            w.Line("public static ArticleList Articles { get; } = new ArticleList();");
            w.Line();
            w.Summary("Cache of Quotes.");
            w.Line("private static Quote[]? __quotes;");
            w.Summary("Every quote of the corpus, article by article.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<Quote> Quotes => __quotes ??= __AllQuotes();");
            w.Line();
            w.Summary("Every participant of the corpus: people, then organisations, countries and places, each by name.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<Participant> Participants { get; } = new __AllParticipants();");
            w.Line();
            foreach (var (kind, property, type, noun) in KindLists)
            {
                w.Summary("The " + noun + " of the corpus; each also has a named property.");
                w.Line("public static " + type + " " + property + " { get; } = new " + type + "();");
                w.Line();
            }
            w.Summary("Collects the quotes of every article.");
            w.Line("private static Quote[] __AllQuotes()");
            w.Line("{");
            w.Line("    var list = new global::System.Collections.Generic.List<Quote>();");
            w.Line("    foreach (var article in Articles) list.AddRange(article.Quotes);");
            w.Line("    return list.ToArray();");
            w.Line("}");
            w.Line();
        }

        private static void WriteArticleList(SourceWriter w, CorpusTop top)
        {
            var n = top.ArticleCount;
            w.Summary("The articles of the corpus: a read-only list with one property per article.");
            w.Line(FileHeader.GeneratedCodeAttribute);
            w.Open("public sealed partial class ArticleList : global::System.Collections.Generic.IReadOnlyList<Article>");
            w.Summary("Articles created so far.");
            w.Line("private readonly Article?[] __items = new Article?[" + N(n) + "];");
            w.Line();
            w.Summary("Only the corpus class creates the list.");
            w.Line("internal ArticleList() { }");
            w.Line();
            w.Summary("The number of articles.");
            w.Line("public int Count => " + N(n) + ";");
            w.Line();
            w.Summary("The article at an index; created on first use.");
            w.Line("public Article this[int index] => __items[index] ?? global::System.Threading.Interlocked.CompareExchange(ref __items[index], __Create(index), null) ?? __items[index]!;");
            w.Line();
            WriteEnumerators(w, "Article", "articles");
            w.Line();
            w.Summary("Creates the article at an index from its data class (each part knows its own articles).");
            w.Line("private static Article __Create(int index)");
            w.Line("    => " + Chain("__Create", top.ArticleParts, "index") + ";");
            w.Close();
            w.Line();
        }

        private static void WriteKindList(SourceWriter w, EquatableArray<int> members, (EntityKind Kind, string Property, string Type, string Noun) list)
        {
            var (_, _, type, noun) = list;
            w.Summary("The " + noun + " of the corpus: a read-only list with one property each.");
            w.Line(FileHeader.GeneratedCodeAttribute);
            w.Open("public sealed partial class " + type + " : global::System.Collections.Generic.IReadOnlyList<Participant>");
            w.Summary("Indexes of these participants in the corpus participant table.");
            w.Begin("private static readonly int[] __indexes = new int[] {");
            for (var i = 0; i < members.Count; i++) w.Append(i == 0 ? " " : ", ").Append(members[i]);
            w.End(" };");
            w.Line();
            w.Summary("Only the corpus class creates the list.");
            w.Line("internal " + type + "() { }");
            w.Line();
            w.Summary("The number of " + noun + ".");
            w.Line("public int Count => __indexes.Length;");
            w.Line();
            w.Summary("The participant at an index.");
            w.Line("public Participant this[int index] => __Participant(__indexes[index]);");
            w.Line();
            WriteEnumerators(w, "Participant", noun);
            w.Close();
            w.Line();
        }

        private static void WriteParticipantTable(SourceWriter w, CorpusTop top)
        {
            var n = top.ParticipantCount;
            w.Summary("All participants, as a read-only list.");
            w.Open("private sealed class __AllParticipants : global::System.Collections.Generic.IReadOnlyList<Participant>");
            w.Summary("The number of participants.");
            w.Line("public int Count => " + N(n) + ";");
            w.Summary("The participant at an index.");
            w.Line("public Participant this[int index] => __Participant(index);");
            WriteEnumerators(w, "Participant", "participants");
            w.Close();
            w.Line();
            w.Summary("Participants created so far.");
            w.Line("private static readonly Participant?[] __participants = new Participant?[" + N(n) + "];");
            w.Line();
            w.Summary("The participant at an index of the corpus table; created on first use.");
            w.Line("internal static Participant __Participant(int index) => __participants[index] ?? global::System.Threading.Interlocked.CompareExchange(ref __participants[index], __CreateParticipant(index), null) ?? __participants[index]!;");
            w.Line();
            w.Summary("Creates the participant at an index (each part knows its own participants).");
            w.Line("private static Participant __CreateParticipant(int index)");
            w.Line("    => " + Chain("__CreateParticipant", top.ParticipantParts, "index") + ";");
            w.Line();
        }

        private static void WriteLinks(SourceWriter w, CorpusTop top)
        {
            w.Summary("The link tables of one article: per quote the speaker's participant index (or -1), the participant indexes it involves, and per quote the (article, quote) pairs that report the same statement.");
            w.Open("private sealed class __ArticleLinks");
            w.Summary("Per quote: the speaker's participant index, or -1.");
            w.Line("public readonly int[] Speakers;");
            w.Summary("The participant indexes the article involves.");
            w.Line("public readonly int[] Participants;");
            w.Summary("Per quote: pairs of (article, quote) that report the same statement.");
            w.Line("public readonly int[][] Variants;");
            w.Summary("Holds the tables of one article.");
            w.Line("public __ArticleLinks(int[] speakers, int[] participants, int[][] variants)");
            w.Line("{");
            w.Line("    Speakers = speakers;");
            w.Line("    Participants = participants;");
            w.Line("    Variants = variants;");
            w.Line("}");
            w.Close();
            w.Line();
            w.Summary("Link tables created so far.");
            w.Line("private static readonly __ArticleLinks?[] __links = new __ArticleLinks?[" + N(top.ArticleCount) + "];");
            w.Line();
            w.Summary("The link tables of an article; created on first use.");
            w.Line("private static __ArticleLinks __LinksOf(int article) => __links[article] ?? global::System.Threading.Interlocked.CompareExchange(ref __links[article], __CreateLinks(article), null) ?? __links[article]!;");
            w.Line();
            w.Summary("Creates the link tables of an article (each part knows its own articles).");
            w.Line("private static __ArticleLinks __CreateLinks(int article)");
            w.Line("    => " + Chain("__Links", top.ArticleParts, "article") + ";");
            w.Line();
            w.Summary("The speaker of a quote, or null.");
            w.Line("internal static Participant? __SpeakerOf(int article, int quote)");
            w.Line("{");
            w.Line("    var index = __LinksOf(article).Speakers[quote];");
            w.Line("    return index < 0 ? null : __Participant(index);");
            w.Line("}");
            w.Line();
            w.Summary("The participants an article involves.");
            w.Line("internal static Participant[] __ParticipantsOf(int article)");
            w.Line("{");
            w.Line("    var indexes = __LinksOf(article).Participants;");
            w.Line("    var result = new Participant[indexes.Length];");
            w.Line("    for (var i = 0; i < result.Length; i++) result[i] = __Participant(indexes[i]);");
            w.Line("    return result;");
            w.Line("}");
            w.Line();
            w.Summary("The variants of a quote in other articles.");
            w.Line("internal static Quote[] __VariantsOf(int article, int quote)");
            w.Line("{");
            w.Line("    var refs = __LinksOf(article).Variants[quote];");
            w.Line("    var result = new Quote[refs.Length / 2];");
            w.Line("    for (var i = 0; i < result.Length; i++) result[i] = Articles[refs[2 * i]].Quotes[refs[2 * i + 1]];");
            w.Line("    return result;");
            w.Line("}");
        }

        /// <summary>`__M00(arg) ?? __M07(arg) ?? ... ?? throw`: asks each part in turn.</summary>
        private static string Chain(string method, EquatableArray<int> parts, string argument)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var part in parts) sb.Append(method).Append(Part(part)).Append('(').Append(argument).Append(") ?? ");
            return sb.Append("throw new global::System.ArgumentOutOfRangeException(nameof(").Append(argument).Append("))").ToString();
        }

        private static string Part(int index) => index.ToString("D2", CultureInfo.InvariantCulture);

        /// <summary>The generic and non-generic GetEnumerator of a generated read-only list.</summary>
        private static void WriteEnumerators(SourceWriter w, string elementType, string noun)
        {
            w.Summary("Enumerates the " + noun + " in order.");
            w.Line("public global::System.Collections.Generic.IEnumerator<" + elementType + "> GetEnumerator()");
            w.Line("{");
            w.Line("    for (var i = 0; i < Count; i++) yield return this[i];");
            w.Line("}");
            w.Line();
            w.Summary("Enumerates the " + noun + " in order.");
            w.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
        }

        private static string ArticleDoc(ArticleSummary a)
        {
            var parts = new List<string> { a.Title ?? a.FileName };
            if (a.Date != null) parts.Add(a.Date);
            if (a.Source != null) parts.Add(a.Source);
            if (a.Title != null) parts.Add(a.FileName);
            return string.Join(" \u2014 ", parts);
        }

        private static string ArticleRemarks(ArticleSummary a)
            => a.QuotePreviews.Count == 0 ? string.Empty : "Quotes: " + string.Join(" ", a.QuotePreviews);

        private static string ParticipantDoc(ParticipantModel p)
        {
            var text = p.Name + " (" + p.Kind.ToString().ToLowerInvariant() + ")";
            if (p.Roles.Count > 0) text += ": " + string.Join("; ", p.Roles);
            return text;
        }

        private static string ParticipantRemarks(ParticipantModel p)
        {
            var parts = new List<string>();
            if (p.Aliases.Count > 0) parts.Add("Also named: " + string.Join(", ", p.Aliases) + ".");
            parts.Add("In " + Count(p.Articles.Count, "article") + ", " + Count(p.Quotes.Count, "quote") + ".");
            return string.Join(" ", parts);
        }

        private static string Count(int n, string noun) => N(n) + " " + noun + (n == 1 ? string.Empty : "s");

        private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

        private static string IntArray(IEnumerable<int> values)
        {
            var sb = new System.Text.StringBuilder("new int[] {");
            var first = true;
            foreach (var v in values)
            {
                sb.Append(first ? " " : ", ").Append(N(v));
                first = false;
            }
            return sb.Append(first ? "}" : " }").ToString();
        }

        private static string StringArray(IEnumerable<string> values)
        {
            var sb = new System.Text.StringBuilder("new string[] {");
            var first = true;
            foreach (var v in values)
            {
                sb.Append(first ? " " : ", ").Append(Literals.String(v));
                first = false;
            }
            return sb.Append(first ? "}" : " }").ToString();
        }
    }
}
