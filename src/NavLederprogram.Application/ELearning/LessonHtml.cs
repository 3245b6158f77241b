using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;

namespace NavLederprogram.ELearning;

/// <summary>
/// The rich text of a lesson, sanitized on the server whatever the editor sent: headings, paragraphs, emphasis, lists,
/// quotes, code, tables, links to https and mailto addresses, and pictures uploaded to the course (by their file URL).
/// No attribute that styles or scripts survives, so the text renders under the app's CSP without inline styles or
/// scripts. Links open in a new tab without access to the app's window.
/// </summary>
public static partial class LessonHtml
{
    /// <summary>The address an uploaded file is served at; links given out carry an access token after it.</summary>
    public const string FileUrlPrefix = "/api/e-learning/files/";

    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>The sanitized HTML (null when nothing is left) and the course files its pictures show.</summary>
    public static (string? Html, IReadOnlyList<Guid> ImageIds) Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return (null, []);
        var clean = Sanitizer.Sanitize(html).Trim();
        var images = ImageIds(clean);
        var hasContent = images.Count > 0 || !string.IsNullOrWhiteSpace(TagRegex().Replace(clean, "").Replace("&nbsp;", " ", StringComparison.Ordinal));
        return (hasContent ? clean : null, images);
    }

    /// <summary>The files the pictures of sanitized HTML show.</summary>
    public static IReadOnlyList<Guid> ImageIds(string? html) =>
        html is null ? [] : ImageSourceRegex().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().ToList();

    /// <summary>Gives each picture of sanitized HTML a readable link (<paramref name="link"/> of its file id).</summary>
    public static string? WithLinks(string? html, Func<Guid, string> link) =>
        html is null ? null : ImageSourceRegex().Replace(html, m => $"src=\"{link(Guid.Parse(m.Groups[1].Value))}\"");

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[]
                 {
                     "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "blockquote", "code", "pre", "hr", "ul", "ol", "li",
                     "a", "img", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
                 })
            sanitizer.AllowedTags.Add(tag);
        sanitizer.AllowedAttributes.Clear();
        foreach (var attribute in new[] { "href", "src", "alt", "title", "colspan", "rowspan", "start" }) sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedClasses.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.FilterUrl += (_, e) =>
        {
            var url = e.OriginalUrl.Trim();
            e.SanitizedUrl = e.Tag.NodeName.Equals("IMG", StringComparison.OrdinalIgnoreCase)
                // A picture is one of the course's own files; the access token of a link given out is dropped.
                ? (FileUrlRegex().Match(url) is { Success: true } m ? FileUrlPrefix + Guid.Parse(m.Groups[1].Value).ToString("D") : null)
                : url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? e.SanitizedUrl : null;
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element) return;
            if (element.LocalName == "img" && !element.HasAttribute("src")) element.Remove();
            else if (element.LocalName == "a" && element.HasAttribute("href"))
            {
                element.SetAttribute("target", "_blank");
                element.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }

    [GeneratedRegex(@"^/api/e-learning/files/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(\?[^#]*)?$")]
    private static partial Regex FileUrlRegex();

    [GeneratedRegex(@"src=""/api/e-learning/files/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[^""]*""")]
    private static partial Regex ImageSourceRegex();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagRegex();
}
