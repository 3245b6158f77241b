namespace NavLederprogram.PeerSupervision;

/// <summary>A reflection note as its reader may see it: the author always; others only while it is shared with the group.</summary>
public sealed record SupervisionReflectionDto(Guid Id, Guid GroupId, Guid? MeetingId, string Text, string AuthorName, bool IsMine,
    DateTime? SharedWithGroupAt, DateTime WrittenAt);
