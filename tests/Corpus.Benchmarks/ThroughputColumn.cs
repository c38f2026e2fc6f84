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
        var bytes = InputBytesOf(benchmarkCase);
        var seconds = report.ResultStatistics.Mean / 1e9;
        return bytes <= 0 ? "-" : (bytes / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The input size a benchmark case declares, or 0.</summary>
    internal static long InputBytesOf(BenchmarkCase benchmarkCase)
    {
        if (Activator.CreateInstance(benchmarkCase.Descriptor.Type) is not IHasInputBytes instance) return 0;
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            benchmarkCase.Descriptor.Type.GetProperty(parameter.Name)?.SetValue(instance, parameter.Value);
            benchmarkCase.Descriptor.Type.GetField(parameter.Name)?.SetValue(instance, parameter.Value);
        }
        return instance.InputBytes;
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>Bytes allocated per byte of input (needs the memory diagnoser), for benchmarks that declare their input size.</summary>
public sealed class AllocatedPerByteColumn : IColumn
{
    public string Id => nameof(AllocatedPerByteColumn);
    public string ColumnName => "B/byte";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Bytes allocated per byte of UTF-8 article text";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report is null) return "-";
        long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        var bytes = ThroughputColumn.InputBytesOf(benchmarkCase);
        return allocated is null || bytes <= 0 ? "-" : ((double)allocated.Value / bytes).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>A benchmark whose input size in bytes is known from its parameters.</summary>
public interface IHasInputBytes
{
    long InputBytes { get; }
}
