namespace NavLederprogram.Evaluations;

public static class EvaluationConsts
{
    /// <summary>Answers a result needs before it is shown, unless the question set says otherwise.</summary>
    public const int DefaultMinimumAnswers = 5;
    /// <summary>No question set may show results from fewer answers than this.</summary>
    public const int LowestMinimumAnswers = 3;
    /// <summary>A threshold above this would hide every result of a normal cohort; it is refused as a likely typo.</summary>
    public const int HighestMinimumAnswers = 100;
    public const int TextMax = 2000;
    public const int NameMax = 200;
    public const int MaxQuestions = 40;
    public const int MaxOptions = 10;
    public const int PulseQuestions = 3;
    public const int LikertMin = 1;
    public const int LikertMax = 5;
    /// <summary>The longest window an evaluation may stay open.</summary>
    public const int MaxWindowDays = 180;
}
