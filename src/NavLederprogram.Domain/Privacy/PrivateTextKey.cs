namespace NavLederprogram.Privacy;

/// <summary>
/// A person's data key, stored only wrapped (AES-GCM) by the key-encryption key. Deleting it makes every text protected with
/// it unreadable for good (crypto-shredding), wherever copies of those texts are, backups included.
/// </summary>
public sealed class PrivateTextKey
{
    public Guid PersonId { get; private set; }
    /// <summary>Base64 of nonce, the wrapped 256-bit key and tag; the person id is bound in as associated data.</summary>
    public string WrappedKey { get; private set; } = "";
    /// <summary>Which key-encryption key wrapped it (<see cref="KeyEncryptionKey.Id"/>), so that a wrong key is named as such.</summary>
    public string KeyEncryptionKeyId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private PrivateTextKey() { }

    public PrivateTextKey(Guid personId, string wrappedKey, string keyEncryptionKeyId, DateTime createdAt)
    {
        PersonId = personId;
        WrappedKey = wrappedKey;
        KeyEncryptionKeyId = keyEncryptionKeyId;
        CreatedAt = createdAt;
    }
}
