namespace NavLederprogram.Privacy;

/// <summary>
/// The stored form of a private text: <c>v1:</c> and base64 of nonce (12 bytes), AES-256-GCM ciphertext and tag (16 bytes).
/// The version prefix leaves room for another algorithm later and tells an encrypted row from one not yet migrated.
/// </summary>
public static class ProtectedText
{
    public const string Prefix = "v1:";
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    /// <summary>True when <paramref name="stored"/> has the protected form (a plain text that merely starts with the prefix does not).</summary>
    public static bool IsProtected(string? stored)
    {
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var payload = stored.AsSpan(Prefix.Length);
        if (payload.Length % 4 != 0) return false;
        var bytes = payload.Length / 4 * 3;
        if (bytes < NonceSize + TagSize) return false;
        return Convert.TryFromBase64Chars(payload, new byte[bytes], out var written) && written >= NonceSize + TagSize;
    }
}
