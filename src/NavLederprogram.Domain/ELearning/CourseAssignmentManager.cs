namespace NavLederprogram.ELearning;

/// <summary>
/// Gives a published course to people with a deadline. Idempotent: a person already enrolled keeps their enrolment and the
/// version they started, and their deadline only ever moves earlier; a person who completed the course is left alone.
/// </summary>
public sealed class CourseAssignmentManager(ICourseRepository courses, ICourseEnrolmentRepository enrolments)
{
    public async Task<CourseAssignmentOutcome> AssignAsync(Guid courseId, IReadOnlyCollection<Guid> personIds, DateOnly dueOn, DateOnly today,
        CancellationToken ct)
    {
        if (dueOn < today) throw new BusinessException(NavLederprogramErrorCodes.CourseAssignmentDueInPast) { Field = "dueOn" };
        var course = await courses.FindAsync(courseId, ct) ?? throw new EntityNotFoundException(typeof(Course), courseId);
        var version = await courses.FindPublishedVersionAsync(course.Id, ct)
            ?? throw new BusinessException(NavLederprogramErrorCodes.CourseNotPublished) { IsConflict = true, Field = "courseId" };
        // Read without tracking to sort people out; only those whose deadline moves are read again to change.
        var existing = (await enrolments.GetForPeopleAsync(personIds, [course.Id], ct)).ToDictionary(e => e.PersonId);
        List<Guid> assigned = [], enrolled = [], moved = [], completed = [];
        foreach (var personId in personIds.Distinct())
        {
            if (existing.GetValueOrDefault(personId) is not { } enrolment)
            {
                await enrolments.InsertAsync(new CourseEnrolment(Guid.CreateVersion7(), personId, version, CourseEnrolmentSource.Assigned, dueOn), ct);
                assigned.Add(personId);
            }
            else if (enrolment.IsCompleted) completed.Add(personId);
            else if (enrolment.DueOn is null || dueOn < enrolment.DueOn)
            {
                var tracked = await enrolments.FindByIdAsync(enrolment.Id, ct) ?? throw new EntityNotFoundException(typeof(CourseEnrolment), enrolment.Id);
                tracked.Assign(CourseEnrolmentSource.Assigned, dueOn);
                moved.Add(personId);
            }
            else enrolled.Add(personId);
        }
        return new CourseAssignmentOutcome(assigned, enrolled, moved, completed);
    }
}
