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
}
