using NavLederprogram.Data;
using NavLederprogram.ELearning.Events;
using NavLederprogram.Events;
using NavLederprogram.Organisation;

namespace NavLederprogram.ELearning;

/// <summary>Issues the certificate of a course when the learner completes it, once per enrolment.</summary>
public sealed class IssueCourseCertificate(
    ICourseEnrolmentRepository enrolments,
    ICourseRepository courses,
    ICourseCertificateRepository certificates,
    IPersonDirectory people,
    IUnitOfWork unitOfWork) : IDomainEventHandler<CourseCompleted>
{
    public async Task HandleAsync(IReadOnlyList<CourseCompleted> events, CancellationToken ct)
    {
        var names = (await people.GetListAsync(events.Select(e => e.PersonId).Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.FullName);
        var issued = 0;
        foreach (var completed in events)
        {
            if (await enrolments.FindAsync(completed.PersonId, completed.CourseId, ct) is not { IsCompleted: true } enrolment) continue;
            if (await certificates.FindByEnrolmentAsync(enrolment.Id, ct) is not null) continue;
            var version = await courses.GetVersionAsync(enrolment.CourseVersionId, ct);
            await certificates.InsertAsync(new CourseCertificate(Guid.CreateVersion7(), enrolment, version,
                names.GetValueOrDefault(completed.PersonId, ""), completed.CompletedOn, CourseCertificate.NewVerificationCode()), ct);
            issued++;
        }
        if (issued > 0) await unitOfWork.SaveChangesAsync(ct);
    }
}
