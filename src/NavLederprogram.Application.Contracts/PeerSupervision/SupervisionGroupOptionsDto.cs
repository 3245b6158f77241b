namespace NavLederprogram.PeerSupervision;

/// <summary>What a new group can be given: the supervisors the creator may choose, and the agreement's defaults from the settings.</summary>
public sealed record SupervisionGroupOptionsDto(IReadOnlyList<SupervisorOptionDto> Supervisors, int MeetingsForEvidence, int EvidencePeriodMonths);
