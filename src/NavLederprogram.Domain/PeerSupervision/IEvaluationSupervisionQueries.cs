namespace NavLederprogram.PeerSupervision;

/// <summary>
/// What evaluations read of supervision: groups and meetings to evaluate, their active members (who may answer) and who leads
/// them (who sees the results). Names and ids only; no agreement, case or reflection. One statement per list.
/// </summary>
[ModuleContract]
public interface IEvaluationSupervisionQueries
{
    /// <summary>Groups not ended, of the regions given (null: all).</summary>
    Task<IReadOnlyList<EvaluationGroupCard>> GetGroupsAsync(IReadOnlyCollection<Guid>? regionIds, CancellationToken ct = default);

    Task<EvaluationGroupCard?> FindGroupAsync(Guid groupId, CancellationToken ct = default);

    /// <summary>The group of each meeting; unknown meetings are left out.</summary>
    Task<IReadOnlyDictionary<Guid, Guid>> GetMeetingGroupsAsync(IReadOnlyCollection<Guid> meetingIds, CancellationToken ct = default);

    /// <summary>The active members of each group; groups without any are left out.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetMembersAsync(IReadOnlyCollection<Guid> groupIds, CancellationToken ct = default);

    /// <summary>The groups the person is an active member of.</summary>
    Task<IReadOnlyList<Guid>> GetGroupsOfMemberAsync(Guid personId, CancellationToken ct = default);

    /// <summary>The groups the person leads, as supervisor or co-supervisor.</summary>
    Task<IReadOnlyList<Guid>> GetGroupsLedByAsync(Guid personId, CancellationToken ct = default);
}
