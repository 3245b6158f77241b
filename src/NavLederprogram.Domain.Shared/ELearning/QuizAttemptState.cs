namespace NavLederprogram.ELearning;

public enum QuizAttemptState
{
    InProgress,
    Submitted,

    /// <summary>The time limit passed before the learner submitted: scored on the answers saved in time.</summary>
    Expired,
}
