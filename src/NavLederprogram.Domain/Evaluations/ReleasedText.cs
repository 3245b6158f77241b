namespace NavLederprogram.Evaluations;

/// <summary>A free-text answer released by review: as written, or as redacted.</summary>
public sealed record ReleasedText(Guid QuestionId, string Text);
