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
