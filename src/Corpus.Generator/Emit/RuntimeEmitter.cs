using Corpus.Generator.Pipeline;

namespace Corpus.Generator.Emit
{
    /// <summary>Emits the support types (<c>Article</c>, <c>Quote</c>, <c>Participant</c>, …); depends only on the settings.</summary>
    internal static class RuntimeEmitter
    {
        public static string HintName(GeneratorSettings settings) => settings.ClassName + ".Types.g.cs";

        public static string Emit(GeneratorSettings settings)
        {
            var writer = new SourceWriter();
            FileHeader.Write(writer, settings.Namespace);
            var body = RuntimeTemplate.Text.Replace("\r\n", "\n")
                .Replace("$GC$", FileHeader.GeneratedCodeAttribute)
                .Replace("$V$", settings.Visibility)
                .Replace("$C$", settings.ClassName);
            writer.Append(body).Append("\n");
            return writer.ToString();
        }
    }
}
