using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>
/// How a quiz is taken. Without a draw for a pool, every question of the pool is asked. No attempt limit means as many
/// attempts as the learner likes; no time limit means no deadline.
/// </summary>
public sealed record QuizSettings(
    TranslatedText Title,
    int PassMarkPercent,
    int? AttemptLimit,
    int? TimeLimitMinutes,
    bool ShuffleQuestions,
    bool ShuffleOptions,
    IReadOnlyList<QuizDraw> Draws);
