namespace NavLederprogram.PeerSupervision;

/// <summary>
/// A supervisor's own page: what they lead against their capacity, the meetings ahead and the held meetings whose attendance
/// is still to register. <paramref name="Capacity"/> is empty for someone who leads groups without a current appointment.
/// </summary>
public sealed record SupervisorOverviewDto(
    bool IsAppointed,
    int? Capacity,
    IReadOnlyList<SupervisedGroupDto> Groups,
    IReadOnlyList<SupervisorMeetingDto> NextMeetings,
    IReadOnlyList<SupervisorMeetingDto> AttendanceDue);
