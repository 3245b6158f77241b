namespace NavLederprogram.ELearning;

/// <summary>
/// A course text as its editors see it: bokmål and the translations (null when missing), and the text resolved for the
/// request's language as learners see it.
/// </summary>
public sealed record CourseTextDto(string Nb, string? Nn, string? En, string Text, string Language, bool IsFallback);
