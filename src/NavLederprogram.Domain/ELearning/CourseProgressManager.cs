namespace NavLederprogram.ELearning;

/// <summary>
/// Where quizzes and SCORM packages report a learner's result: the person's enrolment in the course of that version is
/// found (or started, when the learner reached the quiz or package directly), and the result is recorded on it. The
/// caller saves the unit of work; completing the course raises <see cref="Events.CourseCompleted"/> on that save.
/// </summary>
public sealed class CourseProgressManager(ICourseRepository courses, ICourseEnrolmentRepository enrolments, TimeProvider clock)
{
    public async Task<CourseEnrolment> RecordQuizResultAsync(Guid personId, Guid courseVersionId, decimal scorePercent, bool passed, CancellationToken ct)
    {
        var (version, enrolment) = await EnrolmentAsync(personId, courseVersionId, ct);
        enrolment.RecordQuizResult(version, scorePercent, passed, clock.GetUtcNow().UtcDateTime);
        return enrolment;
    }

    public async Task<CourseEnrolment> RecordScormResultAsync(Guid personId, Guid courseVersionId, bool completed, bool? passed, decimal? scorePercent,
        CancellationToken ct)
    {
        var (version, enrolment) = await EnrolmentAsync(personId, courseVersionId, ct);
        enrolment.RecordScormResult(version, completed, passed, scorePercent, clock.GetUtcNow().UtcDateTime);
        return enrolment;
    }

    /// <summary>
    /// The person's enrolment for the version, started on it when they have none. A learner on another version of the
    /// course is refused: they finish the version they started.
    /// </summary>
    public async Task<(CourseVersion Version, CourseEnrolment Enrolment)> EnrolmentAsync(Guid personId, Guid courseVersionId, CancellationToken ct)
    {
        var version = await courses.GetVersionAsync(courseVersionId, ct);
        var enrolment = await enrolments.FindAsync(personId, version.CourseId, ct);
        if (enrolment is null)
        {
            enrolment = new CourseEnrolment(Guid.CreateVersion7(), personId, version, CourseEnrolmentSource.Self, null);
            await enrolments.InsertAsync(enrolment, ct);
        }
        return (version, enrolment);
    }
}
