using System.Security.Cryptography;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Names one free-text answer for the reviewer without the response's id: a hash of the response and the question. Two answers of
/// the same response get keys that have nothing in common, so the reviewer cannot tell which texts one person wrote.
/// </summary>
public static class FreeTextKey
{
    public static Guid Of(Guid responseId, Guid questionId)
    {
        Span<byte> input = stackalloc byte[32];
        responseId.TryWriteBytes(input[..16]);
        questionId.TryWriteBytes(input[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        return new Guid(hash[..16]);
    }
}
