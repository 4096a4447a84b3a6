using System.Globalization;
using System.Text;
using Copydesk.Core.Diagnostics;

namespace Copydesk.MSBuild;

/// <summary>
/// The last run's findings, kept in the intermediate folder as the check target's output, so a
/// skipped (up-to-date) build can log them again and the next check can reuse unchanged files'.
/// Tab-separated and escaped: a <c>file</c> line (key, path) followed by that file's findings.
/// </summary>
public static class FindingsStore
{
    private const string Header = "copydesk-findings 2";
    private const string FileTag = "file";
    private const string FindingTag = "finding";
    private const int FindingFieldCount = 11;

    public static void Write(string path, IEnumerable<CheckedFile> files)
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var file in files)
        {
            AppendLine(text, [FileTag, file.Key, file.Path]);
            foreach (var f in file.Findings)
            {
                AppendLine(text,
                [
                    FindingTag, f.Severity.ToName(), f.Code, f.Category, f.File,
                    Number(f.Range.StartLine), Number(f.Range.StartColumn), Number(f.Range.EndLine), Number(f.Range.EndColumn),
                    f.HelpLink, f.Message,
                ]);
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Write then move, so an interrupted build never leaves a half file that looks up to date.
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    public static IReadOnlyList<CheckedFile> Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0] != Header)
            throw new InvalidDataException($"{path} is not a Copydesk findings file (expected the header \"{Header}\").");
        var files = new List<CheckedFile>();
        List<StoredFinding>? current = null;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var fields = lines[i].Split('\t').Select(Unescape).ToArray();
            if (fields is [FileTag, var key, var file])
            {
                current = [];
                files.Add(new CheckedFile(file, key, current));
            }
            else if (current is not null && fields.Length == FindingFieldCount && fields[0] == FindingTag
                     && SeverityNames.TryParse(fields[1], out var severity))
            {
                var range = new SourceRange(Parse(fields[5]), Parse(fields[6]), Parse(fields[7]), Parse(fields[8]));
                current.Add(new StoredFinding(severity, fields[2], fields[3], fields[4], range, fields[9], fields[10]));
            }
            else
            {
                throw new InvalidDataException($"{path}({i + 1}): malformed line.");
            }
        }
        return files;
    }

    /// <summary>Reads the previous run's files, or none when there is no usable file (first build, other format, damage).</summary>
    public static IReadOnlyList<CheckedFile> TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? Read(path) : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or OverflowException)
        {
            return [];
        }
    }

    private static void AppendLine(StringBuilder text, string[] fields) =>
        text.Append(string.Join("\t", fields.Select(Escape))).Append('\n');

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
