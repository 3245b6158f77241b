namespace NavLederprogram.Programmes;

public sealed record AssignmentProgressDto(Guid AssignmentId, ContentTextDto Title, ContentTextDto Instructions, DateOnly DueOn, AssignmentStatus? Status, string? StatusName,
    string? Answer, DateTime? SubmittedAt, string? Feedback, string? ReviewedBy);
