namespace Copydesk.Core.Diagnostics;

/// <summary>Replace <see cref="Length"/> characters at <see cref="Start"/> (an offset into the article text).</summary>
public sealed record TextEdit(int Start, int Length, string Replacement);
