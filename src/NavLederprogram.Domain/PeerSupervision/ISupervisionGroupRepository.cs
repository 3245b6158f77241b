namespace NavLederprogram.PeerSupervision;

public interface ISupervisionGroupRepository
{
    Task<SupervisionGroup?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>The groups a person supervises or is a member of in any status, newest first.</summary>
    Task<IReadOnlyList<SupervisionGroup>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    /// <summary>The groups not ended that the person supervises (or co-supervises), which count against their capacity.</summary>
    Task<int> CountOpenLedByAsync(Guid supervisorPersonId, CancellationToken ct = default);
    /// <summary>Every group of the regions given (null: every region), read only.</summary>
    Task<IReadOnlyList<SupervisionGroup>> GetInRegionsAsync(IReadOnlyCollection<Guid>? regionIds, CancellationToken ct = default);
    Task InsertAsync(SupervisionGroup group, CancellationToken ct = default);
}
