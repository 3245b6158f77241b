namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Reads across many supervisors and groups at once, for the register, the supervisor's page and the reminders: one statement
/// per list, not one per row.
/// </summary>
public interface ISupervisorWorkQueries
{
    /// <summary>How many groups not ended each person leads (as supervisor or co-supervisor); those leading none are left out.</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountOpenLedByAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default);

    /// <summary>Those of the people who hold an active appointment.</summary>
    Task<IReadOnlySet<Guid>> GetAppointedAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default);

    /// <summary>The groups, read only.</summary>
    Task<IReadOnlyList<SupervisionGroup>> GetGroupsAsync(IReadOnlyCollection<Guid> groupIds, CancellationToken ct = default);

    /// <summary>Every group's meetings starting in [from, to), read only, in order of start.</summary>
    Task<IReadOnlyList<SupervisionMeeting>> GetMeetingsStartingAsync(DateTime from, DateTime to, CancellationToken ct = default);
}
