namespace NavLederprogram.Programmes;

/// <summary>The text is the participant's own reflection, shown to them alone.</summary>
public sealed record ReflectionProgressDto(Guid ReflectionTaskId, ContentTextDto Prompt, string? Text, DateTime? WrittenAt);
