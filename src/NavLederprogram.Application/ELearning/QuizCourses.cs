using NavLederprogram.Data;

namespace NavLederprogram.ELearning;

/// <summary>
/// Where quizzes meet their courses: a quiz belongs to a real course, a learner takes it as a lesson of the course
/// version they follow, and each scored attempt counts towards that course at once.
/// </summary>
public sealed class QuizCourses(ICourseRepository courses, ICourseEnrolmentRepository enrolments, CourseProgressManager progress, IUnitOfWork unitOfWork)
{
    public async Task EnsureCourseExistsAsync(Guid courseId, CancellationToken ct) => await courses.GetAsync(courseId, ct);

    /// <summary>
    /// The learner may take the quiz when it is the quiz lesson of the version they started, or, before they started
    /// the course, of its published version. Otherwise it is not open to them (409).
    /// </summary>
    public async Task EnsureAvailableAsync(Quiz quiz, Guid personId, CancellationToken ct)
    {
        if (await VersionAsync(quiz.Id, quiz.CourseId, personId, ct) is null)
            throw new BusinessException(NavLederprogramErrorCodes.QuizNotAvailable) { IsConflict = true };
    }

    /// <summary>Records a closed attempt's score on the learner's course; a pass may complete the course, and its evidence follows.</summary>
    public async Task ReportAsync(QuizAttempt attempt, CancellationToken ct)
    {
        if (attempt.IsOpen || await VersionAsync(attempt.QuizId, attempt.CourseId, attempt.PersonId, ct) is not { } version) return;
        await progress.RecordQuizResultAsync(attempt.PersonId, version.Id, attempt.ScorePercent ?? 0, attempt.Passed == true, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<CourseVersion?> VersionAsync(Guid quizId, Guid courseId, Guid personId, CancellationToken ct)
    {
        var enrolment = await enrolments.FindAsync(personId, courseId, ct);
        var version = enrolment is not null
            ? await courses.FindVersionAsync(enrolment.CourseVersionId, ct)
            : await courses.FindPublishedVersionAsync(courseId, ct);
        return version?.QuizLesson?.QuizId == quizId ? version : null;
    }
}
