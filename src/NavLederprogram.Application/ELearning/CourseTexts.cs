using System.Globalization;
using Microsoft.Extensions.Configuration;
using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>Course content as learners read it, the day a time falls on in Oslo, and the address the certificate points to.</summary>
internal static class CourseTexts
{
    public const string DefaultPublicUrl = "http://localhost:5080";

    /// <summary>The text in the reader's language (the request's Accept-Language), bokmål where it is not translated.</summary>
    public static CourseContentTextDto ToContent(this TranslatedText text, string? culture = null)
    {
        var resolved = text.Resolve(culture ?? CultureInfo.CurrentUICulture.Name);
        return new CourseContentTextDto(resolved.Text, resolved.Language, resolved.IsFallback);
    }

    public static DateOnly OsloDay(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), OsloTime.Zone));

    public static string PublicUrl(IConfiguration configuration) =>
        (configuration["App:PublicUrl"] is { Length: > 0 } url ? url : DefaultPublicUrl).TrimEnd('/');
}
