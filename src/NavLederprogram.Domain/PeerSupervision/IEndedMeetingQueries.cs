namespace NavLederprogram.PeerSupervision;

/// <summary>The supervision meetings that have taken place, for a short evaluation after each: one statement per list.</summary>
[ModuleContract]
public interface IEndedMeetingQueries
{
    /// <summary>
    /// The meetings not cancelled that ended in [from, to) (UTC), in order of their end, each with those who took part: the members
    /// registered present once attendance is registered, until then the active members with access to the group.
    /// </summary>
    Task<IReadOnlyList<PulseMeeting>> GetEndedBetweenAsync(DateTime from, DateTime to, CancellationToken ct = default);
}
