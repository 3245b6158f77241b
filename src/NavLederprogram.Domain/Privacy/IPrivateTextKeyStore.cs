namespace NavLederprogram.Privacy;

/// <summary>Where the wrapped data keys are kept (the database).</summary>
public interface IPrivateTextKeyStore
{
    Task<PrivateTextKey?> FindAsync(Guid personId, CancellationToken ct);

    /// <summary>Stores <paramref name="key"/> unless the person already has one (two first notes at once); returns the stored one.</summary>
    Task<PrivateTextKey> AddOrGetAsync(PrivateTextKey key, CancellationToken ct);

    /// <summary>Forgets the person's data key, which makes their protected texts unreadable for good. False when there was none.</summary>
    Task<bool> DeleteAsync(Guid personId, CancellationToken ct);
}
