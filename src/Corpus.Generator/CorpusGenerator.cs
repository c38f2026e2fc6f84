using Microsoft.CodeAnalysis;

namespace Corpus.Generator
{
    [Generator(LanguageNames.CSharp)]
    public sealed class CorpusGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
        }
    }
}
