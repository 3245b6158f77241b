namespace NavLederprogram.Programmes;

/// <summary>
/// Events another module puts in a user's calendar subscription. The Programmes feed adds the entries of every registered
/// source, so that a person has one calendar for everything the programme asks them to attend.
/// </summary>
[ModuleContract]
public interface ICalendarEntrySource
{
    /// <param name="userId">The subscriber.</param>
    /// <param name="personId">The subscriber's person in the organisation register, when they have one.</param>
    Task<IReadOnlyList<CalendarEntry>> GetForUserAsync(Guid userId, Guid? personId, CancellationToken ct);
}
