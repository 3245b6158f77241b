using System.Security.Cryptography;
using System.Text;

namespace NavLederprogram.Privacy;

/// <summary>
/// Envelope encryption: each person has a random 256-bit data key, stored wrapped by the <see cref="KeyEncryptionKey"/>; texts
/// are encrypted with AES-256-GCM under the owner's data key, with the owner's id as associated data, so that a protected text
/// copied onto another person's row does not decrypt. Unwrapped keys are kept for one scope (a request) at most.
/// </summary>
public sealed class PrivateTextProtector(KeyEncryptionKey keyEncryptionKey, IPrivateTextKeyStore store, TimeProvider clock)
    : IPrivateTextProtector, IDisposable
{
    private const string TextPurpose = "NavLederprogram.PrivateText.v1|";
    private const string KeyPurpose = "NavLederprogram.DataKey.v1|";
    private readonly Dictionary<Guid, byte[]> _keys = [];

    public async Task<string> ProtectAsync(Guid ownerPersonId, string plainText, CancellationToken ct)
    {
        var key = await DataKeyAsync(ownerPersonId, create: true, ct);
        return ProtectedText.Prefix + Convert.ToBase64String(Seal(key, Encoding.UTF8.GetBytes(plainText), Associated(TextPurpose, ownerPersonId)));
    }

    public async Task<string> UnprotectAsync(Guid ownerPersonId, string protectedText, CancellationToken ct)
    {
        if (!ProtectedText.IsProtected(protectedText)) throw new CryptographicException("The text is not in the protected form.");
        var key = await DataKeyAsync(ownerPersonId, create: false, ct);
        var sealedBytes = Convert.FromBase64String(protectedText[ProtectedText.Prefix.Length..]);
        return Encoding.UTF8.GetString(Open(key, sealedBytes, Associated(TextPurpose, ownerPersonId)));
    }

    private async Task<byte[]> DataKeyAsync(Guid personId, bool create, CancellationToken ct)
    {
        if (_keys.TryGetValue(personId, out var cached)) return cached;
        var stored = await store.FindAsync(personId, ct);
        if (stored is null)
        {
            if (!create) throw new CryptographicException("The person has no data key: their private texts cannot be read.");
            var fresh = RandomNumberGenerator.GetBytes(32);
            var wrapped = Convert.ToBase64String(Seal(keyEncryptionKey.Bytes, fresh, Associated(KeyPurpose, personId)));
            stored = await store.AddOrGetAsync(new PrivateTextKey(personId, wrapped, keyEncryptionKey.Id, clock.GetUtcNow().UtcDateTime), ct);
            CryptographicOperations.ZeroMemory(fresh);
        }
        byte[] key;
        try
        {
            key = Open(keyEncryptionKey.Bytes, Convert.FromBase64String(stored.WrappedKey), Associated(KeyPurpose, personId));
        }
        catch (CryptographicException e) when (stored.KeyEncryptionKeyId != keyEncryptionKey.Id)
        {
            throw new InvalidOperationException($"Data keys were wrapped by key-encryption key {stored.KeyEncryptionKeyId}, but this node has "
                + $"{keyEncryptionKey.Id}: every node must be given the same {KeyEncryptionKey.ConfigurationKey}.", e);
        }
        return _keys[personId] = key;
    }

    private static byte[] Associated(string purpose, Guid personId) => Encoding.ASCII.GetBytes(purpose + personId.ToString("D"));

    private static byte[] Seal(byte[] key, byte[] plain, byte[] associated)
    {
        var result = new byte[ProtectedText.NonceSize + plain.Length + ProtectedText.TagSize];
        var nonce = result.AsSpan(0, ProtectedText.NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, ProtectedText.TagSize);
        aes.Encrypt(nonce, plain, result.AsSpan(ProtectedText.NonceSize, plain.Length), result.AsSpan(ProtectedText.NonceSize + plain.Length), associated);
        return result;
    }

    private static byte[] Open(byte[] key, byte[] sealedBytes, byte[] associated)
    {
        if (sealedBytes.Length < ProtectedText.NonceSize + ProtectedText.TagSize) throw new CryptographicException("The protected text is too short.");
        var plain = new byte[sealedBytes.Length - ProtectedText.NonceSize - ProtectedText.TagSize];
        using var aes = new AesGcm(key, ProtectedText.TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, ProtectedText.NonceSize), sealedBytes.AsSpan(ProtectedText.NonceSize, plain.Length),
            sealedBytes.AsSpan(ProtectedText.NonceSize + plain.Length), plain, associated);
        return plain;
    }

    public void Dispose()
    {
        foreach (var key in _keys.Values) CryptographicOperations.ZeroMemory(key);
        _keys.Clear();
    }
}
