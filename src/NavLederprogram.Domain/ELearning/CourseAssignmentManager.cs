namespace NavLederprogram.ELearning;

/// <summary>
/// Gives a published course to people with a deadline. Idempotent: a person already enrolled keeps their enrolment and the
/// version they started, and their deadline only ever moves earlier; a person who completed the course is left alone.
/// </summary>
public sealed class CourseAssignmentManager(ICourseRepository courses, ICourseEnrolmentRepository enrolments)
{
    public async Task<CourseAssignmentOutcome> AssignAsync(Guid courseId, IReadOnlyCollection<Guid> personIds, DateOnly dueOn, DateOnly today, DateTime now,
        CancellationToken ct)
    {
        if (dueOn < today) throw new BusinessException(NavLederprogramErrorCodes.CourseAssignmentDueInPast) { Field = "dueOn" };
        var course = await courses.FindAsync(courseId, ct) ?? throw new EntityNotFoundException(typeof(Course), courseId);
        var version = await courses.FindPublishedVersionAsync(course.Id, ct)
            ?? throw new BusinessException(NavLederprogramErrorCodes.CourseNotPublished) { IsConflict = true, Field = "courseId" };
        var existing = (await enrolments.GetForCourseAsync(course.Id, personIds, ct)).ToDictionary(e => e.PersonId);
        List<Guid> assigned = [], enrolled = [], moved = [], completed = [];
        foreach (var personId in personIds.Distinct())
        {
            if (existing.GetValueOrDefault(personId) is not { } enrolment)
            {
                await enrolments.InsertAsync(new CourseEnrolment(Guid.CreateVersion7(), personId, course.Id, version.Id, CourseEnrolmentSource.Assigned, dueOn, now), ct);
                assigned.Add(personId);
            }
            else if (enrolment.IsCompleted) completed.Add(personId);
            else if (enrolment.MoveDeadline(dueOn)) moved.Add(personId);
            else enrolled.Add(personId);
        }
        return new CourseAssignmentOutcome(assigned, enrolled, moved, completed);
    }
}
