namespace Corpus.Extraction.Model
{
    /// <summary>Kinds of participant, in the order the generated enum declares them.</summary>
    public enum EntityKind
    {
        Person = 0,
        Organization = 1,
        Country = 2,
        Place = 3,
    }

    /// <summary>
    /// A participant as seen in one article: its best (longest) name there, the other forms used,
    /// roles the article gives it, and where it is mentioned. The corpus merge unifies these.
    /// </summary>
    public sealed record EntitySpec(
        string Name,
        EntityKind Kind,
        EquatableArray<string> Aliases,
        EquatableArray<string> Roles,
        EquatableArray<SourceSpan> Mentions);
}
