namespace NavLederprogram.Development;

public sealed record PrivateNoteDto(Guid Id, Guid? PlanId, string Text, DateTime WrittenAt);
