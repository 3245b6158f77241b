namespace NavLederprogram.PeerSupervision;

public interface IPeerSupervisorRepository
{
    Task<PeerSupervisor?> FindAsync(Guid id, CancellationToken ct = default);
    Task<PeerSupervisor?> FindActiveByPersonAsync(Guid personId, CancellationToken ct = default);
    /// <summary>The appointments in the regions given (null: every region), active and ended.</summary>
    Task<IReadOnlyList<PeerSupervisor>> GetListAsync(IReadOnlyCollection<Guid>? regionIds, bool activeOnly, CancellationToken ct = default);
    Task InsertAsync(PeerSupervisor supervisor, CancellationToken ct = default);
}
