namespace Copydesk.Core.Packs;

/// <summary>A loaded rule pack: its name (the descriptors' <c>Source</c>), where it came from, and its rules.</summary>
public sealed record RulePack(string Name, string FilePath, IReadOnlyList<PackRule> Rules);
