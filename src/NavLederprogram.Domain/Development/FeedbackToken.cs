using System.Buffers.Text;
using System.Security.Cryptography;

namespace NavLederprogram.Development;

/// <summary>
/// The personal answer link's secret. Only its SHA-256 is stored, so the database alone cannot answer for anyone; 32 random bytes
/// make guessing hopeless even without the rate limit.
/// </summary>
public static class FeedbackToken
{
    private const int Bytes = 32;
    /// <summary>Base64url of 32 bytes, without padding.</summary>
    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token)));

    /// <summary>Only a well-formed token is looked up; anything else is simply not found.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
