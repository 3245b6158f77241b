using NavLederprogram.ELearning;
using NavLederprogram.ELearning.Events;
using NavLederprogram.Events;

namespace NavLederprogram.Programmes;

/// <summary>
/// A participant who completes the course a module names has done the module's e-learning part, at once; the module
/// (and the programme) completes when the rest of its checklist is done too.
/// </summary>
public sealed class CompleteELearningOnCourseCompletion(
    ICourseQueries courses,
    IEnrolmentRepository enrolments,
    ICohortRepository cohorts,
    IProgrammeRepository programmes,
    ProgressRecorder recorder,
    TimeProvider clock) : IDomainEventHandler<CourseCompleted>
{
    public async Task HandleAsync(IReadOnlyList<CourseCompleted> events, CancellationToken ct)
    {
        var codes = (await courses.GetListAsync(events.Select(e => e.CourseId).Distinct().ToList(), ct)).ToDictionary(c => c.Id, c => c.Code);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var completion in events)
        {
            if (!codes.TryGetValue(completion.CourseId, out var code)) continue;
            foreach (var listed in (await enrolments.GetForPersonAsync(completion.PersonId, ct)).Where(e => e.Status == EnrolmentStatus.Enrolled))
            {
                if (await cohorts.FindAsync(listed.CohortId, ct) is not { } cohort
                    || await programmes.FindVersionAsync(cohort.ProgrammeVersionId, ct) is not { } version)
                    continue;
                var modules = version.Modules.Where(m => string.Equals(m.CourseReference, code, StringComparison.OrdinalIgnoreCase)).ToList();
                // Most courses belong to no module of the person's programme: only an enrolment that changes is read again, tracked.
                if (modules.Count == 0 || await enrolments.FindAsync(listed.Id, ct) is not { } enrolment) continue;
                foreach (var module in modules) enrolment.RecordCourseCompleted(module, now);
                await recorder.SaveAsync(enrolment, cohort, version, ct);
            }
        }
    }
}
