namespace NavLederprogram.Evaluations;

/// <summary>
/// One free-text answer as the reviewer sees it: the question and the text, never who wrote it or when. <see cref="Key"/> names the
/// answer for approving or redacting it and tells nothing else (not even which answers came in the same response).
/// </summary>
public sealed record FreeTextAnswerDto(Guid Key, Guid QuestionId, string Question, string Text, FreeTextReview Review);
