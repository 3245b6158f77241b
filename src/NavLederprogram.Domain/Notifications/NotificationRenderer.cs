using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NavLederprogram.Localization;

namespace NavLederprogram.Notifications;

/// <summary>
/// Renders notifications from the localization texts <c>Notification:{TemplateKey}.Subject</c> and <c>.Body</c>.
/// Arguments that are ISO dates (2026-09-01) or times (2026-09-01T09:00:00Z) are written the way the language writes
/// them, times on Norwegian time, so that the sending module need not know the reader's language.
/// </summary>
public sealed class NotificationRenderer(NotificationOptions options)
{
    /// <summary>Encodes markup but leaves æ, ø, å and other letters as they are, so that the HTML reads as text.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string SubjectKey(string templateKey) => $"Notification:{templateKey}.Subject";

    public static string BodyKey(string templateKey) => $"Notification:{templateKey}.Body";

    public string AbsoluteUrl(string? link) =>
        string.IsNullOrWhiteSpace(link) ? "" : options.PublicUrl.TrimEnd('/') + link;

    /// <summary>The subject and the plain body, as the app shows them.</summary>
    public (string Subject, string Body) RenderText(string templateKey, IReadOnlyList<string> arguments, string? culture)
    {
        var lang = LocalizationTexts.Normalize(culture);
        var args = arguments.Select(a => (object?)FormatArgument(a, lang)).ToArray();
        return (Format(SubjectKey(templateKey), lang, args), Format(BodyKey(templateKey), lang, args));
    }

    /// <summary>A template that asks for more arguments than it got still renders, with the gaps left as they are.</summary>
    private static string Format(string key, string lang, object?[] args)
    {
        var text = LocalizationTexts.GetOrDefault(key, null, lang) ?? LocalizationTexts.GetOrDefault(key, key, LocalizationTexts.DefaultCulture)!;
        try
        {
            return string.Format(CultureInfo.GetCultureInfo(lang), text, args);
        }
        catch (FormatException)
        {
            for (var i = 0; i < args.Length; i++) text = text.Replace("{" + i + "}", Convert.ToString(args[i], CultureInfo.InvariantCulture));
            return text;
        }
    }

    public RenderedNotification Render(string templateKey, IReadOnlyList<string> arguments, string? link, string? culture)
    {
        var lang = LocalizationTexts.Normalize(culture);
        var (subject, body) = RenderText(templateKey, arguments, lang);
        var url = string.IsNullOrWhiteSpace(link) ? null : AbsoluteUrl(link);

        var text = new StringBuilder(body.TrimEnd());
        if (url is not null) text.Append("\n\n").Append(LocalizationTexts.Get("Notification:Email.OpenLink", lang)).Append(": ").Append(url);
        text.Append("\n\n-- \n").Append(LocalizationTexts.Get("Notification:Email.Footer", lang));

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(Html.Encode(subject)).Append("</title></head><body style=\"font-family:Arial,sans-serif;line-height:1.5\">");
        foreach (var paragraph in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            html.Append("<p>").Append(Html.Encode(paragraph.Trim()).Replace("\n", "<br>")).Append("</p>");
        if (url is not null)
            html.Append("<p><a href=\"").Append(Html.Encode(url)).Append("\">")
                .Append(Html.Encode(LocalizationTexts.Get("Notification:Email.OpenLink", lang))).Append("</a></p>");
        html.Append("<p style=\"color:#595959;font-size:smaller\">").Append(Html.Encode(LocalizationTexts.Get("Notification:Email.Footer", lang)))
            .Append("</p></body></html>");
        return new RenderedNotification(subject, text.ToString(), html.ToString(), url);
    }

    public static string FormatArgument(string? argument, string culture)
    {
        if (string.IsNullOrEmpty(argument)) return "";
        if (argument.Length == 10 && DateOnly.TryParseExact(argument, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return DateTexts.Date(date, culture);
        if (argument.Length >= 16 && argument[10] == 'T'
            && DateTimeOffset.TryParse(argument, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            return DateTexts.DateTime(time, culture);
        return argument;
    }
}
