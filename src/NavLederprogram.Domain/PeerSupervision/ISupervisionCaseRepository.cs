namespace NavLederprogram.PeerSupervision;

public interface ISupervisionCaseRepository
{
    Task<SupervisionCase?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<SupervisionCase>> GetForGroupAsync(Guid groupId, CancellationToken ct = default);
    Task InsertAsync(SupervisionCase supervisionCase, CancellationToken ct = default);
    void Delete(SupervisionCase supervisionCase);
}
