namespace NavLederprogram.PeerSupervision;

/// <summary>
/// When a group meets: an RFC 5545 rule from a first start in Oslo wall-clock time, how long, and where or by which link.
/// <see cref="FirstStartsAt"/> is a wall-clock time (its kind is ignored), so that 09:00 stays 09:00 across summer time.
/// </summary>
public class MeetingSchedule
{
    public string RecurrenceRule { get; private set; } = "";
    public DateTime FirstStartsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public string? Place { get; private set; }
    public string? VideoLink { get; private set; }

    private MeetingSchedule() { }

    /// <summary>A schedule whose rule expands to at least one meeting, the first one not in the past.</summary>
    public MeetingSchedule(string recurrenceRule, DateTime firstStartsAtOslo, int durationMinutes, string? place, string? videoLink, DateTime now)
    {
        if (durationMinutes is < PeerSupervisionConsts.MinMeetingMinutes or > PeerSupervisionConsts.MaxMeetingMinutes)
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "durationMinutes" };
        RecurrenceRule = MeetingRecurrence.Normalise(recurrenceRule);
        FirstStartsAt = DateTime.SpecifyKind(firstStartsAtOslo, DateTimeKind.Unspecified);
        DurationMinutes = durationMinutes;
        Place = MeetingLinks.Place(place);
        VideoLink = MeetingLinks.VideoLink(videoLink);
        if (Expand()[0].StartsAt <= now) throw new BusinessException(NavLederprogramErrorCodes.SupervisionMeetingInPast) { Field = "firstStartsAt" };
    }

    /// <summary>Every occurrence, in UTC.</summary>
    public IReadOnlyList<MeetingOccurrence> Expand() => MeetingRecurrence.Expand(RecurrenceRule, FirstStartsAt, DurationMinutes);
}
