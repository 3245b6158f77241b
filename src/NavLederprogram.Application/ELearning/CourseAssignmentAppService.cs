using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.ELearning;

/// <summary>Admins and coordinators give courses to the people in their scope; each newly assigned person is told.</summary>
public sealed class CourseAssignmentAppService(
    CourseAssignmentManager manager,
    ICourseQueries courses,
    IPersonDirectory people,
    IOrganisationQueries organisation,
    CurrentAccessScope accessScope,
    INotificationSender notifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICourseAssignmentAppService
{
    /// <summary>Far more than the largest office or job role in one region; a target beyond it is refused, not cut short.</summary>
    public const int MaxPeople = 20_000;

    public async Task<CourseAssignmentOptionsDto> GetOptionsAsync(CancellationToken ct)
    {
        var scope = await accessScope.GetAsync(ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        var order = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), false);
        var published = (await courses.GetPublishedAsync(ct)).Select(c => new CourseOptionDto(c.Id, c.Code, c.Title.Resolve(culture).Text))
            .OrderBy(c => c.Title, order).ToList();
        var offices = (await organisation.GetOfficesAsync(ct)).Values.Where(o => scope.CoversOffice(o.Id))
            .Select(o => new NamedReference(o.Id, o.Name)).OrderBy(o => o.Name, order).ToList();
        var roles = (await organisation.GetJobRolesAsync(ct)).OrderBy(r => r.SortOrder)
            .Select(r => new NamedReference(r.Id, LocalizationTexts.Get(r.NameKey))).ToList();
        return new CourseAssignmentOptionsDto(published, offices, roles);
    }

    public async Task<CourseAssignmentResultDto> AssignAsync(AssignCourseInput input, CancellationToken ct)
    {
        var validator = new InputValidator().Require("courseId", input.CourseId).Require("dueOn", input.DueOn);
        if (input.PersonIds is not { Count: > 0 } && input.OfficeId is null && input.JobRoleId is null)
            validator.Add("personIds", NavLederprogramErrorCodes.CourseAssignmentNoTarget);
        if (input.PersonIds?.Count > MaxPeople) validator.Add("personIds", InputValidator.TooMany, MaxPeople);
        validator.ThrowIfInvalid();

        var course = (await courses.GetListAsync([input.CourseId!.Value], ct)).FirstOrDefault()
            ?? throw new EntityNotFoundException(typeof(Course), input.CourseId);
        var personIds = await TargetAsync(input, ct);
        var outcome = await manager.AssignAsync(course.Id, personIds, input.DueOn!.Value, OsloTime.Today(clock), ct);
        if (outcome.Assigned.Count > 0)
        {
            var due = input.DueOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await notifications.NotifyPeopleAsync(outcome.Assigned, new NotificationMessage(NotificationKind.Enrolment, "Course.Assigned",
                [course.Title.Nb, due], $"/courses/{course.Id}", $"course-assigned/{course.Id:N}/{due}"), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
        return new CourseAssignmentResultDto(outcome.Assigned.Count, outcome.AlreadyEnrolled.Count, outcome.DeadlinesMoved.Count, outcome.AlreadyCompleted.Count);
    }

    /// <summary>The people named and those of the office and/or role, all inside the caller's scope; anyone outside it does not exist for them.</summary>
    private async Task<IReadOnlyCollection<Guid>> TargetAsync(AssignCourseInput input, CancellationToken ct)
    {
        var scope = await accessScope.GetAsync(ct);
        var target = new HashSet<Guid>();
        if (input.PersonIds is { Count: > 0 } ids)
        {
            var found = (await people.GetListAsync(ids.Distinct().ToList(), ct)).ToDictionary(p => p.Id);
            foreach (var id in ids)
            {
                if (!found.TryGetValue(id, out var person) || !scope.CoversOffice(person.OfficeId)) throw new EntityNotFoundException(nameof(Person), id);
                target.Add(id);
            }
        }
        if (input.OfficeId is null && input.JobRoleId is null) return target;

        var groupScope = scope;
        if (input.OfficeId is { } officeId)
        {
            var office = scope.CoversOffice(officeId) ? await organisation.FindOfficeAsync(officeId, ct) : null;
            if (office is null) throw new EntityNotFoundException(nameof(Office), officeId);
            groupScope = new AccessScope(false, [office.RegionId], office.MunicipalityIds, [office.Id]);
        }
        if (input.JobRoleId is { } roleId && (await organisation.GetJobRolesAsync(ct)).All(r => r.Id != roleId))
            throw new EntityNotFoundException(nameof(JobRole), roleId);
        var page = await people.GetPageAsync(new PageRequest(null, null, 0, MaxPeople + 1), groupScope,
            input.JobRoleId is { } role ? [role] : null, ct);
        if (page.Items.Count > MaxPeople) throw new BusinessException(InputValidator.TooMany, MaxPeople) { Field = "officeId" };
        target.UnionWith(page.Items.Select(p => p.Id));
        return target;
    }
}
