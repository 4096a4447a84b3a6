using System.IO.Hashing;

namespace Copydesk.Cli.Caching;

/// <summary>
/// Digests for cache keys: CRC-64 (ECMA-182) of the bytes, and their length, as hex. A cached run spends most
/// of its CPU reading and hashing files, and this is the fastest of the framework's hashes by far here: 0.8 ms
/// for 4.6 MB at first use, against 3.7 ms for XxHash64 and 6.2 ms for XxHash128 (whose vectorised code
/// ReadyToRun leaves to the JIT, which compiles it unoptimised at start-up). 64 bits suffice: a lookup of a
/// changed file meets a wrong entry with odds of entries / 2^64, about 10^-14 for a full cache.
/// </summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second = default)
    {
        var crc = new Crc64();
        crc.Append(first);
        crc.Append(second);
        return Hex(crc.GetCurrentHashAsUInt64(), (ulong)(first.Length + second.Length));
    }

    /// <summary>A plain loop: the framework's hex conversion is vectorised and JIT-compiled at start-up too.</summary>
    public static string Hex(ulong high, ulong low)
    {
        const string digits = "0123456789ABCDEF";
        var chars = new char[32];
        for (var i = 0; i < 16; i++)
        {
            chars[i] = digits[(int)(high >> (60 - 4 * i)) & 0xF];
            chars[16 + i] = digits[(int)(low >> (60 - 4 * i)) & 0xF];
        }
        return new string(chars);
    }

    /// <summary>A GUID's bytes in hex (module version IDs), without the framework's vectorised formatting.</summary>
    public static string Hex(Guid guid)
    {
        var bytes = guid.ToByteArray();
        return Hex(BitConverter.ToUInt64(bytes, 0), BitConverter.ToUInt64(bytes, 8));
    }
}
