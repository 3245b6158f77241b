namespace NavLederprogram.Programmes;

public interface ICalendarAppService
{
    /// <summary>The caller's subscription address; the first call creates it.</summary>
    Task<CalendarFeedDto> GetMyFeedAsync(CancellationToken ct);
    /// <summary>Revokes the current address and hands out a new one.</summary>
    Task<CalendarFeedDto> RenewMyFeedAsync(CancellationToken ct);
    /// <summary>Revokes the current address; a later visit creates a new one.</summary>
    Task RevokeMyFeedAsync(CancellationToken ct);
    /// <summary>The subscription itself, for whoever holds the token; not found for an unknown or revoked token.</summary>
    Task<CalendarDocument> GetFeedAsync(string token, CancellationToken ct);
    /// <summary>One gathering, for a participant or a facilitator of its cohort.</summary>
    Task<CalendarDocument> GetSessionAsync(Guid cohortId, Guid sessionId, CancellationToken ct);
}
