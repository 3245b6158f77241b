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

public sealed class EmailOptions
{
    public const string Section = "Notifications";

    public SmtpOptions Smtp { get; set; } = new();
    /// <summary>Where .eml files go when no SMTP host is set; defaults to <c>{App:DataFolder}/mail-pickup</c>.</summary>
    public string? PickupFolder { get; set; }

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

/// <summary>Where outbox e-mail goes: an SMTP server when one is configured, else .eml files in the pickup folder.</summary>
public interface IEmailChannel : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

public sealed class EmailDelivery(EmailOptions options)
{
    public string PickupFolder => options.PickupFolder!;

    public MimeMessage Build(NotificationEmail email)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Smtp.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        message.MessageId = $"{email.Id:N}@navlederprogram";
        message.Date = new DateTimeOffset(DateTime.SpecifyKind(email.CreationTime, DateTimeKind.Utc));
        message.Headers.Add(HeaderId.ContentLanguage, email.Culture);
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }

    public async Task<IEmailChannel> OpenAsync(CancellationToken ct)
    {
        if (!options.UsesSmtp) return new PickupFolderChannel(Directory.CreateDirectory(PickupFolder).FullName);
        var client = new SmtpClient();
        try
        {
            var security = !options.Smtp.UseSsl ? SecureSocketOptions.None
                : options.Smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(options.Smtp.Host!, options.Smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(options.Smtp.UserName)) await client.AuthenticateAsync(options.Smtp.UserName, options.Smtp.Password ?? "", ct);
            return new SmtpChannel(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class SmtpChannel(SmtpClient client) : IEmailChannel
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct) => await client.SendAsync(message, ct);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected) await client.DisconnectAsync(true);
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or System.Net.Sockets.SocketException) { }
            client.Dispose();
        }
    }

    private sealed class PickupFolderChannel(string folder) : IEmailChannel
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            // Written under a temporary name and then renamed, so that whatever watches the folder never reads half a file.
            var name = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
            var temporary = name + ".tmp";
            await message.WriteToAsync(temporary, ct);
            File.Move(temporary, name, overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
