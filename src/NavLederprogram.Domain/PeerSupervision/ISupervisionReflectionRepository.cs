namespace NavLederprogram.PeerSupervision;

public interface ISupervisionReflectionRepository
{
    Task<SupervisionReflection?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>The author's own notes in a group.</summary>
    Task<IReadOnlyList<SupervisionReflection>> GetForAuthorAsync(Guid authorPersonId, Guid groupId, CancellationToken ct = default);
    /// <summary>The notes their authors shared with the group.</summary>
    Task<IReadOnlyList<SupervisionReflection>> GetSharedForGroupAsync(Guid groupId, CancellationToken ct = default);
    Task InsertAsync(SupervisionReflection reflection, CancellationToken ct = default);
    void Delete(SupervisionReflection reflection);
}
