using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Notifications;

/// <summary>A notification rendered in the reader's language.</summary>
public sealed record NotificationDto
{
    public required Guid Id { get; init; }
    public required NotificationKind Kind { get; init; }
    public required string KindName { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public required string? Link { get; init; }
    public required DateTime CreationTime { get; init; }
    public required DateTime? ReadAt { get; init; }
    public required bool IsRead { get; init; }
}

public sealed class NotificationQuery : PagedQuery
{
    public bool UnreadOnly { get; set; }
}

public sealed record UnreadCountDto(int Count);

public sealed record MarkAllReadResultDto(int Marked);

/// <summary>The reader's choice for one kind: the kind's name and description in the reader's language, and e-mail on or off.</summary>
public sealed record NotificationPreferenceDto(NotificationKind Kind, string Name, string Description, bool Email);

public sealed class NotificationPreferenceInput
{
    public NotificationKind? Kind { get; set; }
    public bool? Email { get; set; }
}

/// <summary>The kinds to change; kinds left out keep their setting.</summary>
public sealed class SaveNotificationPreferencesInput
{
    public List<NotificationPreferenceInput>? Items { get; set; }
}

/// <summary>The signed-in user's own notifications; nobody reads another user's.</summary>
public interface INotificationAppService
{
    Task<PagedResult<NotificationDto>> GetMineAsync(NotificationQuery query, CancellationToken ct);
    Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken ct);
    Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct);
    Task<MarkAllReadResultDto> MarkAllReadAsync(CancellationToken ct);
    Task<IReadOnlyList<NotificationPreferenceDto>> GetPreferencesAsync(CancellationToken ct);
    Task<IReadOnlyList<NotificationPreferenceDto>> SavePreferencesAsync(SaveNotificationPreferencesInput input, CancellationToken ct);
}
