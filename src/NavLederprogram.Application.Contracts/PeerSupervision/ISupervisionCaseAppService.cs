namespace NavLederprogram.PeerSupervision;

/// <summary>Cases of a group, for the supervisors and the members who accepted the current agreement; to anyone else the group does not exist.</summary>
public interface ISupervisionCaseAppService
{
    Task<IReadOnlyList<SupervisionCaseDto>> GetListAsync(Guid groupId, CancellationToken ct);
    Task<SupervisionCaseDto> BringAsync(Guid groupId, BringCaseInput input, CancellationToken ct);
    Task<SupervisionCaseDto> ChangeAsync(Guid groupId, Guid caseId, ChangeCaseInput input, CancellationToken ct);
    Task WithdrawAsync(Guid groupId, Guid caseId, CancellationToken ct);
}
