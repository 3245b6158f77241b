namespace NavLederprogram.Development;

/// <summary>A coaching session; <paramref name="Notes"/> only for the leader and the coach, null for anyone else.</summary>
public sealed record CoachingSessionDto(Guid Id, Guid PlanId, DateTime StartsAt, DateTime EndsAt, string? Place, string? VideoLink, CoachingSessionStatus Status,
    string? Notes, bool HasNotes);
