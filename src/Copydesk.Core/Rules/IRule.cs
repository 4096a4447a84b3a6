using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Rules;

/// <summary>
/// A rule: one descriptor and one check over a whole article. Rules report through the context
/// and keep no state between articles, so one instance serves every file and thread.
/// </summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    void Check(RuleContext context);
}
