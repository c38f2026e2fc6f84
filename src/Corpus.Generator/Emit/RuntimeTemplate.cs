namespace Corpus.Generator.Emit
{
    /// <summary>
    /// The support types every corpus uses. Placeholders: $V$ visibility, $C$ corpus class name,
    /// $GC$ the GeneratedCode attribute. Kept as one readable template because it never varies per article.
    /// </summary>
    internal static class RuntimeTemplate
    {
        public const string Text = """
/// <summary>What kind of participant a <see cref="Participant"/> is.</summary>
$GC$
$V$ enum ParticipantKind
{
    /// <summary>A person.</summary>
    Person = 0,
    /// <summary>An organisation: alliance, agency, court, company, newspaper, government body.</summary>
    Organization = 1,
    /// <summary>A country.</summary>
    Country = 2,
    /// <summary>A place: city, region, area.</summary>
    Place = 3,
}

/// <summary>A body paragraph of an <see cref="Article"/>.</summary>
$GC$
$V$ sealed partial class Paragraph
{
    /// <summary>Created by the generated corpus.</summary>
    internal Paragraph(string text, int line)
    {
        Text = text;
        Line = line;
    }

    /// <summary>The paragraph's text, exactly as in the file.</summary>
    public string Text { get; }

    /// <summary>The 1-based line of the paragraph in the article file.</summary>
    public int Line { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}

/// <summary>A news article of the corpus.</summary>
$GC$
$V$ sealed partial class Article
{
    /// <summary>Decodes the original text.</summary>
    private readonly global::System.Func<string> _decode;
    /// <summary>Paragraph spans: start, length, line.</summary>
    private readonly int[] _paragraphData;
    /// <summary>Quote spans, see the data class.</summary>
    private readonly int[] _quoteData;
    /// <summary>Heading spans: start, length, line.</summary>
    private readonly int[] _headingData;
    /// <summary>Cache of <see cref="Headings"/>.</summary>
    private Paragraph[]? _headings;
    /// <summary>Cache of the decoded original text.</summary>
    private string? _original;
    /// <summary>Cache of <see cref="Paragraphs"/>.</summary>
    private Paragraph[]? _paragraphs;
    /// <summary>Cache of <see cref="Text"/>.</summary>
    private string? _text;
    /// <summary>Cache of <see cref="Quotes"/>.</summary>
    private Quote[]? _quotes;
    /// <summary>Cache of <see cref="Participants"/>.</summary>
    private Participant[]? _participants;

    /// <summary>Created by the generated corpus.</summary>
    internal Article(int index, string id, string fileName, string? title, global::System.DateOnly? date, string? source, global::System.Func<string> decode, int[] paragraphData, int[] quoteData, int[] headingData)
    {
        _headingData = headingData;
        Index = index;
        Id = id;
        FileName = fileName;
        Title = title;
        Date = date;
        Source = source;
        _decode = decode;
        _paragraphData = paragraphData;
        _quoteData = quoteData;
    }

    /// <summary>Position in <c>$C$.Articles</c>.</summary>
    internal int Index { get; }

    /// <summary>The article's identifier: its property name in <c>$C$.Articles</c>.</summary>
    public string Id { get; }

    /// <summary>The name of the article's file.</summary>
    public string FileName { get; }

    /// <summary>The headline, or null when the file has none.</summary>
    public string? Title { get; }

    /// <summary>The publication date, or null when unknown.</summary>
    public global::System.DateOnly? Date { get; }

    /// <summary>The outlet that published the article, or null when unknown.</summary>
    public string? Source { get; }

    /// <summary>The body paragraphs, without title, metadata, headings and web boilerplate.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Paragraph> Paragraphs => _paragraphs ??= Slice(_paragraphData);

    /// <summary>Heading and fragment lines found inside the body (reported as CORPUS012), kept out of <see cref="Paragraphs"/>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Paragraph> Headings => _headings ??= Slice(_headingData);

    /// <summary>The clean body: the paragraphs separated by blank lines.</summary>
    public string Text => _text ??= JoinParagraphs();

    /// <summary>The direct quotes of the article, in order.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes => _quotes ??= CreateQuotes();

    /// <summary>The people, organisations, countries and places the article involves.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Participant> Participants => _participants ??= $C$.__ParticipantsOf(Index);

    /// <summary>The whole original file text, decoded from UTF-8 on first use.</summary>
    internal string OriginalText => _original ??= _decode();

    /// <summary>Returns the title, or the id when there is none.</summary>
    public override string ToString() => Title ?? Id;

    /// <summary>Slices lines out of the original text from (start, length, line) triples.</summary>
    private Paragraph[] Slice(int[] data)
    {
        var original = OriginalText;
        var result = new Paragraph[data.Length / 3];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new Paragraph(original.Substring(data[3 * i], data[3 * i + 1]), data[3 * i + 2]);
        }
        return result;
    }

    /// <summary>Joins the paragraphs with blank lines.</summary>
    private string JoinParagraphs()
    {
        var paragraphs = Paragraphs;
        var parts = new string[paragraphs.Count];
        for (var i = 0; i < parts.Length; i++) parts[i] = paragraphs[i].Text;
        return string.Join("\n\n", parts);
    }

    /// <summary>Builds the quotes; layout per quote: segment count, fragment flag, then start, length, line, column per segment.</summary>
    private Quote[] CreateQuotes()
    {
        var original = OriginalText;
        var list = new global::System.Collections.Generic.List<Quote>();
        var i = 0;
        while (i < _quoteData.Length)
        {
            var segments = _quoteData[i];
            var fragment = _quoteData[i + 1] != 0;
            var first = i + 2;
            var last = first + 4 * (segments - 1);
            var parts = new string[segments];
            for (var s = 0; s < segments; s++) parts[s] = original.Substring(_quoteData[first + 4 * s], _quoteData[first + 4 * s + 1]);
            var end = _quoteData[last] + _quoteData[last + 1];
            list.Add(new Quote(this, list.Count, string.Join(" ", parts), _quoteData[first + 2], _quoteData[first + 3], _quoteData[first], end, fragment));
            i = first + 4 * segments;
        }
        return list.ToArray();
    }
}

/// <summary>A direct quote: words inside quotation marks, with the person who said them.</summary>
$GC$
$V$ sealed partial class Quote
{
    /// <summary>Cache of <see cref="Variants"/>.</summary>
    private global::System.Collections.Generic.IReadOnlyList<Quote>? _variants;

    /// <summary>Created by the generated corpus.</summary>
    internal Quote(Article article, int index, string text, int line, int column, int start, int end, bool isFragment)
    {
        Article = article;
        Index = index;
        Text = text;
        Line = line;
        Column = column;
        Start = start;
        End = end;
        IsFragment = isFragment;
    }

    /// <summary>Position in <see cref="Article"/>'s quotes.</summary>
    internal int Index { get; }

    /// <summary>The words inside the quotation marks (a quote over several paragraphs is joined with spaces).</summary>
    public string Text { get; }

    /// <summary>Who said it, or null when the text does not say.</summary>
    public Participant? Speaker => $C$.__SpeakerOf(Article.Index, Index);

    /// <summary>The article the quote is in.</summary>
    public Article Article { get; }

    /// <summary>1-based line of the first quoted word in the article file.</summary>
    public int Line { get; }

    /// <summary>1-based column of the first quoted word in the article file.</summary>
    public int Column { get; }

    /// <summary>UTF-16 offset of the first quoted word in the article file.</summary>
    public int Start { get; }

    /// <summary>UTF-16 offset just past the last quoted word in the article file.</summary>
    public int End { get; }

    /// <summary>True for a partial or scare quote embedded in a sentence (a quoted term, not a statement).</summary>
    public bool IsFragment { get; }

    /// <summary>The same statement as quoted in other articles, possibly with other wording.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Quote> Variants => _variants ??= $C$.__VariantsOf(Article.Index, Index);

    /// <summary>Returns the quoted words.</summary>
    public override string ToString() => Text;
}

/// <summary>A person, organisation, country or place taking part in the articles, merged across the corpus.</summary>
$GC$
$V$ sealed partial class Participant
{
    /// <summary>Indexes of the articles involving this participant.</summary>
    private readonly int[] _articleIndexes;
    /// <summary>Pairs of (article, quote) said by this participant.</summary>
    private readonly int[] _quoteRefs;
    /// <summary>Cache of <see cref="Articles"/>.</summary>
    private Article[]? _articles;
    /// <summary>Cache of <see cref="Quotes"/>.</summary>
    private Quote[]? _quotes;

    /// <summary>Created by the generated corpus.</summary>
    internal Participant(string name, ParticipantKind kind, string[] aliases, string[] roles, int[] articleIndexes, int[] quoteRefs)
    {
        Name = name;
        Kind = kind;
        Aliases = aliases;
        Roles = roles;
        _articleIndexes = articleIndexes;
        _quoteRefs = quoteRefs;
    }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>Person, organisation, country or place.</summary>
    public ParticipantKind Kind { get; }

    /// <summary>Other names the articles use for this participant.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> Aliases { get; }

    /// <summary>Roles the articles give this participant (for example a job title).</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> Roles { get; }

    /// <summary>The articles that involve this participant.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Article> Articles => _articles ??= CreateArticles();

    /// <summary>What this participant said: the quotes attributed to it.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes => _quotes ??= CreateQuotes();

    /// <summary>Returns the name.</summary>
    public override string ToString() => Name;

    /// <summary>Resolves the article indexes.</summary>
    private Article[] CreateArticles()
    {
        var result = new Article[_articleIndexes.Length];
        for (var i = 0; i < result.Length; i++) result[i] = $C$.Articles[_articleIndexes[i]];
        return result;
    }

    /// <summary>Resolves the quote references.</summary>
    private Quote[] CreateQuotes()
    {
        var result = new Quote[_quoteRefs.Length / 2];
        for (var i = 0; i < result.Length; i++) result[i] = $C$.Articles[_quoteRefs[2 * i]].Quotes[_quoteRefs[2 * i + 1]];
        return result;
    }
}
""";
    }
}
