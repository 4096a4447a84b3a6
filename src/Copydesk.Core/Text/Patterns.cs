using System.Text.RegularExpressions;

namespace Copydesk.Core.Text;

/// <summary>
/// Builds the fixed regular expressions of the C# rules and the shipped packs. Interpreted patterns
/// cost nothing to build, which a one-file pre-commit run wants; compiled ones take about 0.4 s of
/// CPU to build in all and then scan about twice as fast, which a run over hundreds of files wants
/// (measured with bench/run.sh and `tests/Copydesk.Evaluation --timing`). A front end that knows it
/// is about to check many files sets <see cref="CompileForThroughput"/> before its first check:
/// rules build their patterns on first use, so the choice then holds for the whole process.
/// </summary>
public static class Patterns
{
    public static bool CompileForThroughput { get; set; }

    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) =>
        Create(pattern, options, Regex.InfiniteMatchTimeout);

    public static Regex Create(string pattern, RegexOptions options, TimeSpan matchTimeout) =>
        new(pattern, CompileForThroughput ? options | RegexOptions.Compiled : options, matchTimeout);
}
