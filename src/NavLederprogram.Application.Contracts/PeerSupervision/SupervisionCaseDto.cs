namespace NavLederprogram.PeerSupervision;

/// <summary>A case brought to one of the group's meetings. <see cref="CanChange"/>: the caller wrote it and the meeting has not begun.</summary>
public sealed record SupervisionCaseDto(Guid Id, Guid MeetingId, DateTime MeetingStartsAt, string Title, string Description, string AuthorName,
    bool IsMine, bool CanChange, DateTime BroughtAt);
