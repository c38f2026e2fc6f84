using System.Reflection;

namespace Corpus.Cli
{
    /// <summary>The tool's informational version without build metadata (the part after '+').</summary>
    internal static class ToolVersion
    {
        public static string Value
        {
            get
            {
                var assembly = typeof(ToolVersion).Assembly;
                var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                    ?? assembly.GetName().Version?.ToString()
                    ?? "0.0.0";
                var plus = version.IndexOf('+');
                return plus >= 0 ? version.Substring(0, plus) : version;
            }
        }
    }
}
