namespace NavLederprogram.Programmes;

public sealed record AssessmentDto(Guid EnrolmentId, string PersonName, Guid ModuleId, ContentTextDto ModuleTitle, Guid AssignmentId, ContentTextDto AssignmentTitle,
    string Answer, DateTime SubmittedAt, AssignmentStatus Status, string StatusName, string? Feedback);
