using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using NavLederprogram.Notifications;

namespace NavLederprogram.HttpApi.Host.Notifications;

public sealed class EmailOptions
{
    public const string Section = "Notifications";

    public SmtpOptions Smtp { get; set; } = new();
    /// <summary>Where .eml files go when no SMTP host is set; defaults to <c>{App:DataFolder}/mail-pickup</c>.</summary>
    public string? PickupFolder { get; set; }

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}
