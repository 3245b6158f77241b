using System.Globalization;

namespace NavLederprogram.Localization;

/// <summary>
/// Dates in human texts (e-mails, notifications, certificates), written as the app writes them
/// (angular shared/date-format.ts): nb/nn "18.01.2027" and "18.01.2027 kl. 09:00",
/// en "18 Jan 2027" and "18 Jan 2027, 09:00". Moments are shown as the clock in Oslo shows them.
/// </summary>
public static class DateTexts
{
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Date(DateOnly day, string? culture) =>
        LocalizationTexts.Normalize(culture ?? CultureInfo.CurrentUICulture.Name) == "en"
            ? $"{day.Day} {EnglishMonths[day.Month - 1]} {day.Year}"
            : day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset moment, string? culture)
    {
        var local = TimeZoneInfo.ConvertTime(moment, OsloTime.Zone);
        var day = Date(DateOnly.FromDateTime(local.DateTime), culture);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return LocalizationTexts.Normalize(culture ?? CultureInfo.CurrentUICulture.Name) == "en" ? $"{day}, {time}" : $"{day} kl. {time}";
    }
}
