namespace NavLederprogram.Notifications;

public static class NotificationConsts
{
    public const int MaxTemplateKeyLength = 128;
    public const int MaxArguments = 10;
    public const int MaxArgumentLength = 500;
    public const int MaxLinkLength = 500;
    public const int MaxDeduplicationKeyLength = 200;
    public const int MaxEmailLength = 256;
    public const int MaxSubjectLength = 500;
    public const int MaxErrorLength = 2000;
    /// <summary>An e-mail that failed this many times is given up; its last error stays for the operators.</summary>
    public const int MaxEmailAttempts = 5;
    public const int MaxPageSize = 100;
}
