namespace NavLederprogram.Audit;

/// <summary>The audit log as the viewer reads it, newest first. There is no way to change or remove an entry through it.</summary>
public interface IAuditLogReader
{
    Task<(int TotalCount, IReadOnlyList<AuditEntry> Items)> GetPageAsync(AuditFilter filter, int skipCount, int maxResultCount, CancellationToken ct);

    Task<AuditEntry?> FindAsync(long sequence, CancellationToken ct);

    /// <summary>The end of the chain and the outcome of its last verification (null before the first).</summary>
    Task<(AuditChainHead Head, AuditChainVerification? LastVerification)> GetChainStatusAsync(CancellationToken ct);
}
