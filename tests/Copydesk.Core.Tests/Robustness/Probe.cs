using System.Text;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Core.Rules.Hygiene;

namespace Copydesk.Core.Tests.Robustness;

/// <summary>
/// The battery's yardstick: CD4002 ("Space , here") is a finding whose place is easy to plant
/// and to compute, so tests can assert that findings survive hostile input at the right position.
/// </summary>
internal static class Probe
{
    public const string Sentence = "Space , here.";

    public static Linter Linter { get; } = new(RuleSet.FromRules([new SpaceBeforePunctuationRule()]));

    public static FileChecker Checker { get; } = new(Linter);

    public static IReadOnlyList<Diagnostic> Check(string path, string text) => Linter.Check(path, text);

    /// <summary>The CD4002 findings, each as "(line,column)".</summary>
    public static List<string> Positions(IEnumerable<Diagnostic> found) =>
        found.Where(d => d.RuleId == "CD4002").Select(d => $"({d.Range.StartLine},{d.Range.StartColumn})").ToList();

    public static IEnumerable<Diagnostic> ToolNotes(IEnumerable<Diagnostic> found) => found.Where(d => d.RuleId.StartsWith("CD9", StringComparison.Ordinal));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

/// <summary>A fresh folder under the system temp folder, deleted (links and all) afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("copydesk-robust-").FullName;

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public SourceFile Source(string relative) => new(System.IO.Path.Combine(Path, relative), relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed half-way may leave an odd entry; the system cleans temp folders.
        }
    }
}
