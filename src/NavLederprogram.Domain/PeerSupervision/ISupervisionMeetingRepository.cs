namespace NavLederprogram.PeerSupervision;

public interface ISupervisionMeetingRepository
{
    Task<SupervisionMeeting?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>A group's meetings in order of start.</summary>
    Task<IReadOnlyList<SupervisionMeeting>> GetForGroupAsync(Guid groupId, CancellationToken ct = default);
    /// <summary>The meetings of the groups starting in [from, to), read only, in order of start.</summary>
    Task<IReadOnlyList<SupervisionMeeting>> GetForGroupsAsync(IReadOnlyCollection<Guid> groupIds, DateTime from, DateTime to, CancellationToken ct = default);
    Task InsertManyAsync(IEnumerable<SupervisionMeeting> meetings, CancellationToken ct = default);
    void DeleteMany(IEnumerable<SupervisionMeeting> meetings);
}
