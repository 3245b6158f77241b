using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Expands a group's RFC 5545 rule (RRULE) with Ical.Net from a first start in Europe/Oslo into UTC occurrences. The rule
/// is expanded in Oslo time, so that a 09:00 meeting stays at 09:00 on both sides of the switch to and from summer time.
/// A rule must end (UNTIL or COUNT), meet at most daily and give at most <see cref="PeerSupervisionConsts.MaxOccurrences"/>.
/// </summary>
public static class MeetingRecurrence
{
    public const string TimeZoneId = "Europe/Oslo";
    private const string Field = "recurrenceRule";

    /// <summary>The rule without an "RRULE:" prefix, checked; the error names what is wrong with it.</summary>
    public static string Normalise(string? rule)
    {
        var text = (rule ?? "").Trim();
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase)) text = text[6..];
        if (text.Length == 0 || text.Length > PeerSupervisionConsts.RuleMax) throw Invalid(NavLederprogramErrorCodes.SupervisionRuleInvalid);
        var pattern = Parse(text);
        if (pattern.Frequency is FrequencyType.Secondly or FrequencyType.Minutely or FrequencyType.Hourly)
            throw Invalid(NavLederprogramErrorCodes.SupervisionRuleTooFrequent);
        // BYHOUR and the like make a daily rule meet several times a day.
        if (pattern.ByHour.Count > 1 || pattern.ByMinute.Count > 1 || pattern.BySecond.Count > 0)
            throw Invalid(NavLederprogramErrorCodes.SupervisionRuleTooFrequent);
        if (pattern.Until is null && pattern.Count is null) throw Invalid(NavLederprogramErrorCodes.SupervisionRuleNoEnd);
        return text;
    }

    /// <summary>Every occurrence in UTC, in order. Throws when the rule is refused or gives more than the maximum.</summary>
    public static IReadOnlyList<MeetingOccurrence> Expand(string rule, DateTime firstStartsAtOslo, int durationMinutes)
    {
        var text = Normalise(rule);
        var start = new CalDateTime(DateTime.SpecifyKind(firstStartsAtOslo, DateTimeKind.Unspecified), TimeZoneId);
        var calendarEvent = new CalendarEvent { DtStart = start, Duration = Duration.FromMinutes(durationMinutes) };
        calendarEvent.RecurrenceRule = Parse(text);
        var occurrences = calendarEvent.GetOccurrences().Take(PeerSupervisionConsts.MaxOccurrences + 1)
            .Select(o => o.Period.StartTime.AsUtc)
            .Select(s => new MeetingOccurrence(DateTime.SpecifyKind(s, DateTimeKind.Utc), DateTime.SpecifyKind(s.AddMinutes(durationMinutes), DateTimeKind.Utc)))
            .ToList();
        if (occurrences.Count > PeerSupervisionConsts.MaxOccurrences)
            throw new BusinessException(NavLederprogramErrorCodes.SupervisionRuleTooMany, PeerSupervisionConsts.MaxOccurrences) { Field = Field };
        if (occurrences.Count == 0) throw Invalid(NavLederprogramErrorCodes.SupervisionRuleInvalid);
        return occurrences;
    }

    private static RecurrencePattern Parse(string text)
    {
        try
        {
            return new RecurrencePattern(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            throw Invalid(NavLederprogramErrorCodes.SupervisionRuleInvalid);
        }
    }

    private static BusinessException Invalid(string code) => new(code) { Field = Field };
}
