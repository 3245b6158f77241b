using NavLederprogram.Paging;

namespace NavLederprogram.PeerSupervision;

/// <summary>The register of peer supervisors: coordinators and admins appoint, change and end appointments in their scope.</summary>
public interface IPeerSupervisorAppService
{
    Task<PagedResult<PeerSupervisorDto>> GetListAsync(PeerSupervisorQuery query, CancellationToken ct);
    Task<PeerSupervisorDto> GetAsync(Guid id, CancellationToken ct);
    Task<SupervisorRegisterOptionsDto> GetOptionsAsync(CancellationToken ct);
    Task<IReadOnlyList<SupervisorCandidateDto>> GetCandidatesAsync(SupervisorCandidateQuery query, CancellationToken ct);
    Task<PeerSupervisorDto> AppointAsync(AppointPeerSupervisorInput input, CancellationToken ct);
    Task<PeerSupervisorDto> ChangeAsync(Guid id, ChangePeerSupervisorInput input, CancellationToken ct);
    Task<PeerSupervisorDto> EndAsync(Guid id, CancellationToken ct);
}
