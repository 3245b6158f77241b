namespace NavLederprogram;

/// <summary>The programme runs on Norwegian time: dates such as deadlines and expiries are days in Europe/Oslo.</summary>
public static class OsloTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
