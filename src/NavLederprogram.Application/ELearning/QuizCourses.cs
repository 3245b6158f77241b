namespace NavLederprogram.ELearning;

/// <summary>Where quizzes meet their courses: a quiz belongs to a real course, and a learner's result counts towards it.</summary>
public sealed class QuizCourses
{
    public Task EnsureCourseExistsAsync(Guid courseId, CancellationToken ct) => Task.CompletedTask;

    public Task EnsureAvailableAsync(Quiz quiz, Guid personId, CancellationToken ct) => Task.CompletedTask;

    public Task ReportAsync(QuizAttempt attempt, CancellationToken ct) => Task.CompletedTask;
}
