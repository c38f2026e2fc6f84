namespace Corpus.Extraction.Model
{
    /// <summary>
    /// A role phrase that stands for a person ("the Secretary-General", "the NATO chief") but whose holder the
    /// article itself never names. <see cref="Role"/> is normalised the way person roles are ("NATO Secretary-General"),
    /// so the corpus merge can link it to the one person of the corpus who holds that role.
    /// </summary>
    public sealed record RoleMentionSpec(string Role, SourceSpan Span);
}
