namespace NavLederprogram.Programmes;

public sealed record UpcomingDeadlineDto(Guid AssignmentId, ContentTextDto Title, ContentTextDto ModuleTitle, DateOnly DueOn, AssignmentStatus? Status);
