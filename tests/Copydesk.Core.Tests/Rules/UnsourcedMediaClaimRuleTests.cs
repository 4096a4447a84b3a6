using Copydesk.Core.Rules.Sourcing;
using Copydesk.Core.Tests.Harness;

namespace Copydesk.Core.Tests.Rules;

public sealed class UnsourcedMediaClaimRuleTests
{
    private static readonly UnsourcedMediaClaimRule Rule = new();

    [Fact]
    public void Reports_media_cited_without_link_outlet_or_date() =>
        RuleAssert.Findings(
            "# Launch\n\nThe founder revealed the price {|CD1101:in a video|} for fans.\n\n" +
            "She confirmed the delay {|CD1101:in a Weibo post|}. The coach {|CD1101:took to Instagram|} to apologise.\n\n" +
            "{|CD1101:A leaked document|} shows the car has a smaller battery. She repeated it {|CD1101:in a post|} on X, adding more.\n",
            Rule);

    [Fact]
    public void Leaves_linked_named_and_dated_sources_alone() =>
        RuleAssert.Findings(
            "# Launch\n\nThe founder revealed the price in a [video](https://example.org/v).\n\n" +
            "She confirmed the delay in an interview with The Verge. He said so in a livestream on March 3.\n\n" +
            "In this video, you learn how to build the sample. The thread runs in a loop. Send a POST request.\n",
            Rule);
}
