using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using NavLederprogram.Notifications;

namespace NavLederprogram.HttpApi.Host.Notifications;

/// <summary>Where outbox e-mail goes: an SMTP server when one is configured, else .eml files in the pickup folder.</summary>
public interface IEmailChannel : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
