namespace NavLederprogram.ELearning;

public static class QuizConsts
{
    public const int TitleMax = 200;
    public const int QuestionTextMax = 2000;
    public const int FeedbackMax = 2000;
    public const int OptionTextMax = 500;
    public const int PoolMax = 64;
    public const int ShortAnswerMax = 500;
    public const int MaxOptions = 10;
    public const int MaxAcceptedAnswers = 20;
    public const int MaxPairs = 10;
    public const int MaxQuestions = 500;
    public const int MaxPointsPerQuestion = 100;
    public const int MaxAttemptLimit = 100;
    public const int MaxTimeLimitMinutes = 600;

    /// <summary>
    /// A submission sent just before the deadline arrives a little after it; this much lateness is forgiven so that the
    /// network does not cost a learner their attempt.
    /// </summary>
    public static readonly TimeSpan SubmitGrace = TimeSpan.FromSeconds(5);

    /// <summary>The options of a true/false question; fixed, since their texts are too.</summary>
    public static readonly Guid TrueOptionId = new("7a0e0000-0000-4000-8000-000000000001");

    public static readonly Guid FalseOptionId = new("7a0e0000-0000-4000-8000-000000000002");
}
