using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using NavLederprogram.Notifications;

namespace NavLederprogram.HttpApi.Host.Notifications;

public sealed class SmtpOptions
{
    /// <summary>Empty: no SMTP server, e-mail is written to the pickup folder instead.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    /// <summary>TLS: on connect for port 465, else STARTTLS. Off: plain SMTP (a local relay or a test sink).</summary>
    public bool UseSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "NavLederprogram <noreply@navlederprogram.local>";
}
