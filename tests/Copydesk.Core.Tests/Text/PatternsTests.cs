using System.Text.RegularExpressions;
using Copydesk.Core.Text;

namespace Copydesk.Core.Tests.Text;

public sealed class PatternsTests
{
    [Fact]
    public void Patterns_are_compiled_only_when_a_front_end_asks_for_throughput()
    {
        var before = Patterns.CompileForThroughput;
        try
        {
            Patterns.CompileForThroughput = false;
            var interpreted = Patterns.Create(@"\bads?\b", RegexOptions.IgnoreCase);
            Patterns.CompileForThroughput = true;
            var compiled = Patterns.Create(@"\bads?\b", RegexOptions.IgnoreCase);

            Assert.False(interpreted.Options.HasFlag(RegexOptions.Compiled));
            Assert.True(compiled.Options.HasFlag(RegexOptions.Compiled));
            Assert.Equal(interpreted.Matches("Ads and ad, not adverbs").Select(m => m.Index),
                compiled.Matches("Ads and ad, not adverbs").Select(m => m.Index));
        }
        finally
        {
            Patterns.CompileForThroughput = before;
        }
    }
}
