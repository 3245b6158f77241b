namespace NavLederprogram.Programmes;

public sealed record MyCohortDto
{
    public required Guid EnrolmentId { get; init; }
    public required Guid CohortId { get; init; }
    public required string CohortName { get; init; }
    public required ContentTextDto VersionName { get; init; }
    public required CohortStatus CohortStatus { get; init; }
    public required string CohortStatusName { get; init; }
    public required DateOnly StartsOn { get; init; }
    public required DateOnly EndsOn { get; init; }
    public required EnrolmentStatus Status { get; init; }
    public required string StatusName { get; init; }
    public required int? WaitlistPosition { get; init; }
    public required int ModulesCompleted { get; init; }
    public required IReadOnlyList<ModuleProgressDto> Modules { get; init; }
    public required SessionDto? NextSession { get; init; }
    public required IReadOnlyList<UpcomingDeadlineDto> UpcomingDeadlines { get; init; }
    public required Guid? CertificateId { get; init; }
}
