using System.Security.Cryptography;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;

namespace NavLederprogram.Programmes;

/// <summary>The programme's times as calendars want them: wall-clock time in Oslo with its zone.</summary>
public static class ProgrammeCalendar
{
    public const string TimeZoneId = "Europe/Oslo";

    public static CalDateTime Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), "UTC", true);

    public static CalDateTime InOslo(DateTime utc) => new(DateTime.SpecifyKind(OsloTime.ToOslo(utc), DateTimeKind.Unspecified), TimeZoneId, true);

    /// <summary>An empty calendar named <paramref name="name"/> with Oslo's time zone from <paramref name="earliestUtc"/> on.</summary>
    public static Calendar NewCalendar(string name, DateTime earliestUtc)
    {
        var calendar = new Calendar { ProductId = "-//KS og Arbeids- og velferdsdirektoratet//NavLederprogram//NO", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        // Subscribing apps poll; these ask for a fresh copy every few hours (Apple, Outlook read the first, older Outlook the second).
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT4H");
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT4H");
        calendar.AddTimeZone(TimeZoneId, earliestUtc, includeHistoricalData: false);
        return calendar;
    }

    public static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? "";
}
