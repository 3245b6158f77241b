namespace NavLederprogram.ELearning;

/// <summary>
/// Course content as a learner reads it: in the language of the request, or in bokmål where it is not translated.
/// <see cref="Language"/> is the language of <see cref="Text"/>, so the page can mark a bokmål fallback (WCAG 3.1.2).
/// </summary>
public sealed record CourseContentTextDto(string Text, string Language, bool IsFallback);
