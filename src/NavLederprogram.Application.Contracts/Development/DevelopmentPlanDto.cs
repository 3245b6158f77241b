namespace NavLederprogram.Development;

/// <summary>
/// A plan as the caller may see it. The leader and the coach see everything; another facilitator of the cohort sees goals,
/// results, progress notes and feedback, not the sessions; an admin sees goals and results only.
/// </summary>
public sealed record DevelopmentPlanDto
{
    public required Guid Id { get; init; }
    public required Guid CohortId { get; init; }
    public required string CohortName { get; init; }
    public required Guid PersonId { get; init; }
    public required string LeaderName { get; init; }
    public required Guid OfficeId { get; init; }
    public required string OfficeName { get; init; }
    public Guid? CoachUserId { get; init; }
    public string? CoachName { get; init; }
    public required bool IsLeader { get; init; }
    public required bool IsCoach { get; init; }
    /// <summary>A facilitator of the cohort: may give feedback and take over as coach.</summary>
    public required bool IsFacilitator { get; init; }
    public required IReadOnlyList<CoachOptionDto> Coaches { get; init; }
    public required IReadOnlyList<DevelopmentGoalDto> Goals { get; init; }
    public required IReadOnlyList<ProgressNoteDto> ProgressNotes { get; init; }
    public required IReadOnlyList<FacilitatorFeedbackDto> Feedback { get; init; }
    public required IReadOnlyList<CoachingSessionDto> Sessions { get; init; }
}
