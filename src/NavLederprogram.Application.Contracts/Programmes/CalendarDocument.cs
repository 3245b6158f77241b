namespace NavLederprogram.Programmes;

/// <summary>An iCalendar document (text/calendar, UTF-8).</summary>
public sealed record CalendarDocument(string FileName, string Content);
