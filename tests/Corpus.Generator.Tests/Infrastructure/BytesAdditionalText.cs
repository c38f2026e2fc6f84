using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>An additional file given as raw bytes, decoded as the compiler decodes a file (BOM detection, UTF-8 otherwise).</summary>
public sealed class BytesAdditionalText(string path, byte[] bytes) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(new MemoryStream(bytes), encoding: null, throwIfBinaryDetected: false);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
