using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Corpus.Benchmarks;

/// <summary>MB/s of article text, for benchmarks that declare their input size through <see cref="IHasInputBytes"/>.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Megabytes (10^6) of UTF-8 article text processed per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null) return "-";
        var instance = Activator.CreateInstance(benchmarkCase.Descriptor.Type) as IHasInputBytes;
        if (instance is null) return "-";
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            benchmarkCase.Descriptor.Type.GetProperty(parameter.Name)?.SetValue(instance, parameter.Value);
            benchmarkCase.Descriptor.Type.GetField(parameter.Name)?.SetValue(instance, parameter.Value);
        }
        var bytes = instance.InputBytes;
        var seconds = report.ResultStatistics.Mean / 1e9;
        return bytes <= 0 ? "-" : (bytes / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>A benchmark whose input size in bytes is known from its parameters.</summary>
public interface IHasInputBytes
{
    long InputBytes { get; }
}
