using System.Globalization;
using System.Text;
using Copydesk.Core.Diagnostics;

namespace Copydesk.MSBuild;

/// <summary>
/// The last run's findings, kept in the intermediate folder next to the lint target's outputs so a
/// skipped (up-to-date) build can log them again. One finding per line, tab-separated, escaped.
/// </summary>
public static class FindingsStore
{
    private const string Header = "copydesk-findings 1";
    private const int FieldCount = 10;

    public static void Write(string path, IEnumerable<StoredFinding> findings)
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var f in findings)
        {
            string[] fields =
            [
                f.Severity.ToName(), f.Code, f.Category, f.File,
                Number(f.Range.StartLine), Number(f.Range.StartColumn), Number(f.Range.EndLine), Number(f.Range.EndColumn),
                f.HelpLink, f.Message,
            ];
            text.Append(string.Join("\t", fields.Select(Escape))).Append('\n');
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Write then move, so an interrupted build never leaves a half file that looks up to date.
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    public static IReadOnlyList<StoredFinding> Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0] != Header)
            throw new InvalidDataException($"{path} is not a Copydesk findings file (expected the header \"{Header}\").");
        var findings = new List<StoredFinding>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var fields = lines[i].Split('\t').Select(Unescape).ToArray();
            if (fields.Length != FieldCount || !SeverityNames.TryParse(fields[0], out var severity))
                throw new InvalidDataException($"{path}({i + 1}): malformed finding line.");
            var range = new SourceRange(Parse(fields[4]), Parse(fields[5]), Parse(fields[6]), Parse(fields[7]));
            findings.Add(new StoredFinding(severity, fields[1], fields[2], fields[3], range, fields[8], fields[9]));
        }
        return findings;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Parse(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Escape(string value)
    {
        if (value.IndexOfAny(['\\', '\t', '\n', '\r']) < 0) return value;
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0) return value;
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length) { text.Append(value[i]); continue; }
            text.Append(value[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other });
        }
        return text.ToString();
    }
}
