using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Core.Rules.Snippet;
using Copydesk.Core.Tests.Harness;

namespace Copydesk.Core.Tests.Rules.Snippet;

public sealed class CSharpSnippetRuleTests
{
    private static readonly CSharpSnippetRule Rule = new();

    [Fact]
    public void Accepts_a_whole_file_with_namespace_and_types() => RuleAssert.Findings("""
        # Title

        ```csharp
        using System;

        namespace Demo
        {
            public sealed class Greeter
            {
                public string Greet(string name) => $"Hello, {name}!";
            }
        }
        ```

        ```cs
        namespace Demo;

        public record Point(int X, int Y);
        ```
        """, Rule);

    [Fact]
    public void Accepts_top_level_programs_and_statement_lists() => RuleAssert.Findings("""
        # Title

        ```csharp
        using System;

        var total = 0;
        foreach (var n in new[] { 1, 2, 3 }) total += n;
        Console.WriteLine(total);

        record Item(string Name);
        ```

        ```cs
        if (args.Length == 0)
        {
            return 1;
        }
        yield return value;
        ```
        """, Rule);

    [Fact]
    public void Accepts_member_fragments() => RuleAssert.Findings("""
        # Title

        ```csharp
        public string Name { get; init; } = "";

        [Obsolete("Use Name")]
        public string Title => Name;

        public event EventHandler? Changed;

        public Greeter(string name) => Name = name;
        ```
        """, Rule);

    [Fact]
    public void Accepts_elision_lines_but_not_elision_inside_code() => RuleAssert.Findings("""
        # Title

        ```c#
        using System;
        ...

        var person = new Person { Name = "Abe" };
            …
        Console.WriteLine(person);
        ```

        ```csharp
        var items = new[] { 1, 2, {|CD5001:|}... };
        ```
        """, Rule);

    [Fact]
    public void Reports_a_broken_backtick_fence_at_the_compilers_first_error() => RuleAssert.Findings("""
        # Title

        ```csharp
        var x = 1;
        var y = x +{|CD5001:;|}
        ```
        """, Rule);

    [Fact]
    public void Reports_a_broken_tilde_fence() => RuleAssert.Findings("""
        # Title

        ~~~cs
        public class Broken
        {
            public void Run()
            {
                Console.WriteLine("missing semicolon"){|CD5001:|}
            }
        }
        ~~~
        """, Rule);

    [Fact]
    public void Reports_inside_indented_list_items() => RuleAssert.Findings("""
        # Title

        1. First step:

           ```csharp
           int Square(int n) => n * n;
           ```

        2. Second step:

           ```csharp
           int Cube(int n) => n * n * {|CD5001:)|};
           ```
        """, Rule);

    [Fact]
    public void Skips_marked_fences_and_other_languages() => RuleAssert.Findings("""
        # Title

        ```csharp-skip
        var x = ;
        ```

        ```csharp copydesk-skip
        var y = ;
        ```

        ```cs {.no-check}
        var z = ;
        ```

        ```js
        var w = ;
        ```

            var indented = ;
        """, Rule);

    [Fact]
    public void Reports_line_column_and_compiler_message_in_the_markdown_file()
    {
        var text = "# Title\n\nSome text.\n\n  - item\n\n    ~~~csharp\n    class C\n    {\n        void M() { int a = 1 }\n    }\n    ~~~\n";
        var diagnostic = Assert.Single(new Linter(RuleSet.FromRules([Rule])).Check("docs/a.md", text));

        Assert.Equal("CD5001", diagnostic.RuleId);
        // "int a = 1 }": the compiler reports the missing ";" at the "}" that came instead, line 10.
        Assert.Equal(new SourceRange(10, "        void M() { int a = 1 ".Length + 1, 10, "        void M() { int a = 1 }".Length + 1),
            diagnostic.Range);
        Assert.Contains("; expected", diagnostic.Message);
        Assert.Contains("CS1002", diagnostic.Message);
    }

    [Fact]
    public void Reports_inside_block_quotes_and_crlf_files_at_the_right_place() => RuleAssert.Findings(
        "# Title\r\n\r\n> Quoted:\r\n>\r\n> ```cs\r\n> var ok = 1;\r\n> var bad = ok +{|CD5001:;|}\r\n> ```\r\n", Rule);

    [Fact]
    public void Parses_the_newest_csharp_with_the_newest_roslyn() => RuleAssert.Findings("""
        # Title

        ```csharp
        public static class StringExtensions
        {
            extension(string text)
            {
                public bool IsBlank => string.IsNullOrWhiteSpace(text);
            }
        }

        public class Counter
        {
            public int Count { get => field; set => field = value < 0 ? 0 : value; }
        }
        ```
        """, Rule);
}
