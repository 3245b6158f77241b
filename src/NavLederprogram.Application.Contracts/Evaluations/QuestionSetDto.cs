using NavLederprogram.Programmes;

namespace NavLederprogram.Evaluations;

/// <summary>A question set for its editor; <see cref="Evaluations"/> counts the evaluations made from it, which keep their own copy.</summary>
public sealed record QuestionSetDto(Guid Id, TranslatedTextDto Name, int MinimumAnswers, bool IsPulse, Guid? RegionId, IReadOnlyList<QuestionDto> Questions,
    int Evaluations, string ConcurrencyStamp);
