namespace NavLederprogram.PeerSupervision;

public sealed record SupervisionSettingsDto(
    Guid? SupervisorAreaId,
    int SupervisorMinimumLevel,
    IReadOnlyList<ParticipationGrantDto> ParticipationGrants,
    int MeetingsForEvidence,
    int EvidencePeriodMonths);
