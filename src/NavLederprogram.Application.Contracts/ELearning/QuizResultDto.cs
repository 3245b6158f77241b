namespace NavLederprogram.ELearning;

public sealed record QuizResultDto(
    decimal ScorePercent,
    decimal PointsScored,
    decimal PointsPossible,
    int PassMarkPercent,
    bool Passed,
    IReadOnlyList<QuizQuestionFeedbackDto> Questions);
