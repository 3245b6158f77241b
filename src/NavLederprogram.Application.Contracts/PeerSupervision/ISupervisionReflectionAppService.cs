namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Private reflection notes: readable by their author alone, by no role and through no report, until the author shares one
/// with the group; withdrawing the share hides it again at once. To anyone who may not read a note, it does not exist (404).
/// </summary>
public interface ISupervisionReflectionAppService
{
    /// <summary>The caller's own notes in the group.</summary>
    Task<IReadOnlyList<SupervisionReflectionDto>> GetMineAsync(Guid groupId, CancellationToken ct);
    /// <summary>The notes shared with the group, for those who have access to it.</summary>
    Task<IReadOnlyList<SupervisionReflectionDto>> GetSharedAsync(Guid groupId, CancellationToken ct);
    Task<SupervisionReflectionDto> GetAsync(Guid id, CancellationToken ct);
    Task<SupervisionReflectionDto> WriteAsync(Guid groupId, WriteSupervisionReflectionInput input, CancellationToken ct);
    Task<SupervisionReflectionDto> RewriteAsync(Guid id, RewriteSupervisionReflectionInput input, CancellationToken ct);
    Task<SupervisionReflectionDto> ShareAsync(Guid id, CancellationToken ct);
    Task<SupervisionReflectionDto> WithdrawShareAsync(Guid id, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
}
