using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Rules;

/// <summary>What a rule sees of one run: the article, its options, and a way to report.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _sink;

    public RuleContext(Article article, IRule rule, Severity severity, List<Diagnostic> sink, RuleOptions? options = null)
    {
        Article = article;
        Rule = rule;
        Severity = severity;
        Options = options ?? RuleOptions.Empty;
        _sink = sink;
    }

    public Article Article { get; }
    public IRule Rule { get; }
    public Severity Severity { get; }
    public RuleOptions Options { get; }

    /// <summary>Reports a finding at [start, start + length) of the article text.</summary>
    public void Report(int start, int length, string message, IReadOnlyList<TextEdit>? fix = null)
    {
        var descriptor = Rule.Descriptor;
        // A span outside the file would point readers and fixes at text that is not there.
        if (start < 0 || length < 0 || start > Article.Text.Length - length)
            throw new ArgumentOutOfRangeException(nameof(start),
                $"Rule {descriptor.Id} reported [{start}, {start + length}) outside the file's {Article.Text.Length} characters.");
        // The prose view shows a CRLF's '\r' as a space, so "to the end of the line" patterns take it
        // in; a span never ends inside a line break, or its end column would depend on line endings.
        while (length > 0 && Article.Text[start + length - 1] == '\r') length--;
        _sink.Add(new Diagnostic(descriptor.Id, Severity, message, Article.Path, start, length,
            Article.Lines.GetRange(start, length), descriptor.HelpUri, fix)
        {
            MatchedText = Article.Text.Substring(start, length),
        });
    }
}
