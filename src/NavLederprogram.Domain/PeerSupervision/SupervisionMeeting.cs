using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// One occurrence of a group's schedule. <see cref="OriginalStartsAt"/> is where the schedule put it (its RECURRENCE-ID in
/// the calendar), so that a moved or cancelled occurrence stays the same calendar entry. All times are UTC.
/// </summary>
public class SupervisionMeeting : AuditedAggregateRoot
{
    private readonly List<MeetingAttendance> _attendance = [];

    public Guid GroupId { get; private set; }
    public DateTime OriginalStartsAt { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public MeetingStatus Status { get; private set; }
    public string? Place { get; private set; }
    public string? VideoLink { get; private set; }
    public IReadOnlyList<MeetingAttendance> Attendance => _attendance;
    public DateTime? HeldAt { get; private set; }

    private SupervisionMeeting() { }

    /// <summary>A planned occurrence; one in the past is refused.</summary>
    public SupervisionMeeting(Guid id, Guid groupId, MeetingOccurrence occurrence, string? place, string? videoLink, DateTime now) : base(id)
    {
        GroupId = groupId;
        OriginalStartsAt = DateTime.SpecifyKind(occurrence.StartsAt, DateTimeKind.Utc);
        Status = MeetingStatus.Planned;
        SetTime(occurrence.StartsAt, occurrence.EndsAt, now);
        Place = MeetingLinks.Place(place);
        VideoLink = MeetingLinks.VideoLink(videoLink);
    }

    public bool IsOpen => Status is MeetingStatus.Planned or MeetingStatus.Moved;

    public bool HasStarted(DateTime now) => StartsAt <= now;

    public bool AttendedBy(Guid personId) => Status == MeetingStatus.Held && _attendance.Any(a => a.PersonId == personId && a.Attended);

    /// <summary>Moves this one occurrence; the rest of the schedule stays.</summary>
    public void Move(DateTime startsAt, DateTime endsAt, string? place, string? videoLink, DateTime now)
    {
        EnsureOpen(MeetingStatus.Moved);
        var newPlace = MeetingLinks.Place(place);
        var newLink = MeetingLinks.VideoLink(videoLink);
        SetTime(startsAt, endsAt, now);
        (Place, VideoLink) = (newPlace, newLink);
        Status = MeetingStatus.Moved;
    }

    public void Cancel()
    {
        EnsureOpen(MeetingStatus.Cancelled);
        Status = MeetingStatus.Cancelled;
    }

    /// <summary>
    /// The supervisor registers who attended once the meeting has started; every active member is recorded, attended or not.
    /// It may be corrected later. Returns the members who attended.
    /// </summary>
    public IReadOnlyList<Guid> RegisterAttendance(IReadOnlyCollection<Guid> attendedPersonIds, IReadOnlyCollection<Guid> members, DateTime now)
    {
        if (Status == MeetingStatus.Cancelled) throw NotAllowed(MeetingStatus.Held);
        if (!HasStarted(now)) throw new BusinessException(NavLederprogramErrorCodes.SupervisionMeetingNotStarted) { IsConflict = true };
        if (attendedPersonIds.Any(p => !members.Contains(p)))
            throw new BusinessException(NavLederprogramErrorCodes.SupervisionAttendeeNotMember) { Field = "attendedPersonIds" };
        _attendance.Clear();
        _attendance.AddRange(members.Distinct().Select(m => new MeetingAttendance(m, attendedPersonIds.Contains(m))));
        Status = MeetingStatus.Held;
        HeldAt ??= DateTime.SpecifyKind(now, DateTimeKind.Utc);
        return _attendance.Where(a => a.Attended).Select(a => a.PersonId).ToList();
    }

    private void SetTime(DateTime startsAt, DateTime endsAt, DateTime now)
    {
        var starts = DateTime.SpecifyKind(startsAt, DateTimeKind.Utc);
        var ends = DateTime.SpecifyKind(endsAt, DateTimeKind.Utc);
        if (starts <= now) throw new BusinessException(NavLederprogramErrorCodes.SupervisionMeetingInPast) { Field = "startsAt" };
        var minutes = (ends - starts).TotalMinutes;
        if (minutes < PeerSupervisionConsts.MinMeetingMinutes || minutes > PeerSupervisionConsts.MaxMeetingMinutes)
            throw new BusinessException(NavLederprogramErrorCodes.SupervisionMeetingEndsBeforeStart) { Field = "endsAt" };
        (StartsAt, EndsAt) = (starts, ends);
    }

    private void EnsureOpen(MeetingStatus to)
    {
        if (!IsOpen) throw NotAllowed(to);
    }

    private BusinessException NotAllowed(MeetingStatus to) =>
        new(NavLederprogramErrorCodes.SupervisionMeetingClosed, LocalizationTexts.EnumKey(Status), LocalizationTexts.EnumKey(to)) { IsConflict = true };
}
