using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace NavLederprogram.Programmes;

/// <summary>
/// Calendar entries as iCalendar events, at Oslo wall-clock time with the zone, for the subscription feed and for a single
/// event's download.
/// </summary>
[ModuleContract]
public static class CalendarEntryDocument
{
    /// <summary>One entry as a calendar of its own, for a download.</summary>
    public static CalendarDocument Single(string calendarName, string fileName, CalendarEntry entry)
    {
        var calendar = ProgrammeCalendar.NewCalendar(calendarName, entry.StartsAt.AddYears(-1));
        calendar.Events.Add(ToEvent(entry));
        return new CalendarDocument(fileName, ProgrammeCalendar.Serialize(calendar));
    }

    public static CalendarEvent ToEvent(CalendarEntry entry)
    {
        var evt = new CalendarEvent
        {
            Uid = entry.Uid,
            Summary = entry.Summary,
            DtStart = ProgrammeCalendar.InOslo(entry.StartsAt),
            DtEnd = ProgrammeCalendar.InOslo(entry.EndsAt),
            Location = entry.Location,
            Description = entry.Description,
            Url = Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) ? url : null,
            Transparency = TransparencyType.Opaque,
            // Stamped with the entry's last change, not the time of the request, so that an unchanged calendar is the same text.
            DtStamp = ProgrammeCalendar.Utc(entry.LastModified),
            LastModified = ProgrammeCalendar.Utc(entry.LastModified),
        };
        if (entry.Cancelled)
        {
            evt.Status = EventStatus.Cancelled;
            evt.Transparency = TransparencyType.Transparent;
        }
        return evt;
    }
}
