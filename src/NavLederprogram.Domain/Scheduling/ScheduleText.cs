using System.Globalization;
using System.Text.RegularExpressions;
using NavLederprogram.Localization;

namespace NavLederprogram.Scheduling;

/// <summary>
/// Says a job's schedule in plain words, in the reader's language. It knows the cron patterns the service uses (daily or
/// nightly at a time, hourly, every N minutes or seconds, weekly on a day); any other expression is shown as it is.
/// </summary>
public static partial class ScheduleText
{
    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] DayAbbreviations = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>A Quartz cron expression: seconds, minutes, hours, day of month, month, day of week and an optional year.</summary>
    public static string FromCron(string cron, string? culture = null)
    {
        var f = cron.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length is < 6 or > 7 || f.Length == 7 && f[6] != "*") return Custom(cron, culture);
        var (sec, min, hour, dom, month, dow) = (f[0], f[1], f[2], f[3], f[4], f[5]);
        var everyDay = dom is "*" or "?" && month == "*" && dow is "*" or "?";

        if (everyDay && Step(sec) is { } seconds && min == "*" && hour == "*") return Every("Seconds", seconds, culture);
        if (sec != "0") return Custom(cron, culture);
        if (everyDay && Step(min) is { } minutes && hour == "*") return Every("Minutes", minutes, culture);
        if (!int.TryParse(min, out var m) || m is < 0 or > 59) return Custom(cron, culture);
        if (everyDay && hour == "*")
            return m == 0 ? LocalizationTexts.Get("Schedule:HourlyOnTheHour", culture) : LocalizationTexts.Get("Schedule:HourlyAt", culture, m);
        if (!int.TryParse(hour, out var h) || h is < 0 or > 23) return Custom(cron, culture);
        var time = $"{h:00}:{m:00}";
        // Before six in the morning reads as a night run.
        if (everyDay) return LocalizationTexts.Get(h < 6 ? "Schedule:NightlyAt" : "Schedule:DailyAt", culture, time);
        if (dom is "?" or "*" && month == "*" && DayOfWeek(dow) is { } day)
            return LocalizationTexts.Get("Schedule:WeeklyAt", culture, LocalizationTexts.Get($"Schedule:Day.{Days[day]}", culture), time);
        return Custom(cron, culture);
    }

    /// <summary>A trigger that repeats at a fixed interval.</summary>
    public static string FromInterval(TimeSpan interval, string? culture = null) =>
        interval.TotalSeconds < 60 || interval.TotalSeconds % 60 != 0 ? Every("Seconds", (int)interval.TotalSeconds, culture)
        : interval.TotalMinutes < 60 || interval.TotalMinutes % 60 != 0 ? Every("Minutes", (int)interval.TotalMinutes, culture)
        : Every("Hours", (int)interval.TotalHours, culture);

    private static string Every(string unit, int n, string? culture) =>
        n == 1 ? LocalizationTexts.Get($"Schedule:Every{unit}.One", culture) : LocalizationTexts.Get($"Schedule:Every{unit}", culture, n);

    private static string Custom(string cron, string? culture) => LocalizationTexts.Get("Schedule:Custom", culture, cron);

    /// <summary>"*/5", "0/5" → 5; "*" → 1.</summary>
    private static int? Step(string field)
    {
        if (field == "*") return 1;
        var match = StepPattern().Match(field);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    /// <summary>One day of the week, by name (MON) or Quartz number (1 = Sunday).</summary>
    private static int? DayOfWeek(string field)
    {
        var index = Array.IndexOf(DayAbbreviations, field.ToUpperInvariant());
        if (index >= 0) return index;
        return int.TryParse(field, out var n) && n is >= 1 and <= 7 ? n - 1 : null;
    }

    [GeneratedRegex(@"^[*0]/(\d+)$")]
    private static partial Regex StepPattern();
}
