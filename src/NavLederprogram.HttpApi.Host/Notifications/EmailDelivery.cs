using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using NavLederprogram.Notifications;

namespace NavLederprogram.HttpApi.Host.Notifications;

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
