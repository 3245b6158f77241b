namespace NavLederprogram.PeerSupervision;

/// <summary>Groups and one-to-ones: creating them, invitations, the agreement, the schedule, single meetings and attendance.</summary>
public interface ISupervisionGroupAppService
{
    Task<MySupervisionDto> GetMineAsync(CancellationToken ct);
    Task<SupervisionGroupOptionsDto> GetOptionsAsync(CancellationToken ct);
    /// <summary>People the caller may invite, by name.</summary>
    Task<IReadOnlyList<SupervisionCandidateDto>> GetCandidatesAsync(string? filter, Guid? supervisorPersonId, CancellationToken ct);
    Task<SupervisionGroupDto> CreateAsync(CreateSupervisionGroupInput input, CancellationToken ct);
    Task<SupervisionGroupDto> GetAsync(Guid id, CancellationToken ct);
    Task<SupervisionGroupDto> InviteAsync(Guid id, InviteMemberInput input, CancellationToken ct);
    Task<SupervisionGroupDto> AcceptInvitationAsync(Guid id, CancellationToken ct);
    Task DeclineInvitationAsync(Guid id, CancellationToken ct);
    Task LeaveAsync(Guid id, CancellationToken ct);
    Task<SupervisionGroupDto> AcceptAgreementAsync(Guid id, AcceptAgreementInput input, CancellationToken ct);
    Task<SupervisionGroupDto> ReviseAgreementAsync(Guid id, AgreementInput input, CancellationToken ct);
    Task<IReadOnlyList<SupervisionMeetingDto>> GetMeetingsAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<SupervisionMeetingDto>> SetScheduleAsync(Guid id, MeetingScheduleInput input, CancellationToken ct);
    Task<SupervisionMeetingDto> MoveMeetingAsync(Guid meetingId, MoveMeetingInput input, CancellationToken ct);
    Task<SupervisionMeetingDto> CancelMeetingAsync(Guid meetingId, CancellationToken ct);
    Task<SupervisionMeetingDto> RegisterAttendanceAsync(Guid meetingId, RegisterAttendanceInput input, CancellationToken ct);
}
