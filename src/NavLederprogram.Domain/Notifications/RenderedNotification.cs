using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NavLederprogram.Localization;

namespace NavLederprogram.Notifications;

/// <summary>A notification in one language: the subject, a plain-text body and an HTML alternative, and the link as an absolute URL.</summary>
public sealed record RenderedNotification(string Subject, string TextBody, string HtmlBody, string? AbsoluteLink);
