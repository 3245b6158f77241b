namespace NavLederprogram.Development;

/// <summary>Coaching sessions of a plan: scheduled by the coach, with notes only the leader and the coach read.</summary>
public interface ICoachingSessionAppService
{
    Task<CoachingSessionDto> ScheduleAsync(Guid planId, CoachingSessionInput input, CancellationToken ct);
    Task<CoachingSessionDto> MoveAsync(Guid id, CoachingSessionInput input, CancellationToken ct);
    Task<CoachingSessionDto> CancelAsync(Guid id, CancellationToken ct);
    Task<CoachingSessionDto> MarkHeldAsync(Guid id, CancellationToken ct);
    Task<CoachingSessionDto> GetAsync(Guid id, CancellationToken ct);
    Task<CoachingSessionDto> WriteNotesAsync(Guid id, SessionNotesInput input, CancellationToken ct);
}
