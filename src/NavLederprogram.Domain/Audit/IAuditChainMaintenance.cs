namespace NavLederprogram.Audit;

/// <summary>The nightly work on the chain: verifying every kept link, and removing what has outlived its retention.</summary>
public interface IAuditChainMaintenance
{
    /// <summary>Walks the chain from the oldest kept entry, stores the outcome and returns it.</summary>
    Task<AuditChainVerification> VerifyAsync(CancellationToken ct);

    /// <summary>
    /// Removes expired entries from the old end of the chain only, up to the first entry still kept, and keeps the hash of the
    /// last one removed as the anchor the chain is verified from. Returns how many were removed.
    /// </summary>
    Task<int> PurgeExpiredAsync(CancellationToken ct);
}
