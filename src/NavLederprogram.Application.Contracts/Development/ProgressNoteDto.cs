namespace NavLederprogram.Development;

public sealed record ProgressNoteDto(Guid Id, Guid? GoalId, string AuthorName, string Text, DateTime WrittenAt, bool IsMine);
