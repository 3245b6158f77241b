using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NavLederprogram.Localization;

namespace NavLederprogram.Notifications;

public sealed class NotificationOptions
{
    /// <summary>The address the app is reached at, for links in e-mail (config <c>App:PublicUrl</c>).</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";
}
