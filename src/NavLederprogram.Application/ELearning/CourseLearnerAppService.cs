using System.Globalization;
using Microsoft.Extensions.Configuration;
using NavLederprogram.Data;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.ELearning;

/// <summary>
/// The learner's use cases. A learner sees published courses, enrols in the published version and keeps that version to
/// the end; an enrolment is shown to its owner alone (to anyone else it does not exist).
/// </summary>
public sealed class CourseLearnerAppService(
    ICurrentPerson currentPerson,
    ICourseRepository courses,
    ICourseEnrolmentRepository enrolments,
    ICourseLearnerQueries queries,
    ICourseRequirementQueries requirements,
    ICourseCertificateRepository certificates,
    ICourseFileRepository files,
    CourseFileLinks fileLinks,
    IUnitOfWork unitOfWork,
    IConfiguration configuration,
    TimeProvider clock) : ICourseLearnerAppService
{
    /// <summary>The upper bounds, in minutes, of the short and medium length bands.</summary>
    public const int ShortMaxMinutes = 30, MediumMaxMinutes = 90;

    private static string Culture => CultureInfo.CurrentUICulture.Name;

    public async Task<PagedResult<CatalogueCourseDto>> GetCatalogueAsync(CatalogueQuery query, CancellationToken ct)
    {
        var request = query.ToPageRequest();
        var validator = new InputValidator();
        if (query.Language is { } language && !ELearningConsts.ContentLanguages.Contains(language))
            validator.Add(nameof(query.Language), InputValidator.Format);
        if (query.Category is { } category && !Enum.IsDefined(category)) validator.Add(nameof(query.Category), InputValidator.Format);
        if (query.Length is { } band && !Enum.IsDefined(band)) validator.Add(nameof(query.Length), InputValidator.Format);
        validator.ThrowIfInvalid();

        var me = await currentPerson.GetAsync(ct);
        var mine = me is null ? [] : (await queries.GetEnrolmentsAsync(me.Id, null, ct)).ToDictionary(e => e.CourseId);
        var required = me is null ? [] : await RequiredAsync(me.Id, mine.Values, ct);
        var (min, max) = query.Length switch
        {
            CourseLengthBand.Short => ((int?)null, (int?)ShortMaxMinutes),
            CourseLengthBand.Medium => (ShortMaxMinutes + 1, MediumMaxMinutes),
            CourseLengthBand.Long => (MediumMaxMinutes + 1, null),
            _ => ((int?)null, (int?)null),
        };
        var filter = new CatalogueFilter(request.Filter, query.Category, query.JobRoleId, query.Language, min, max);
        var page = await queries.GetCatalogueAsync(filter, required.Keys.ToList(), request, ct);

        var items = page.Items.Select(e =>
        {
            var enrolment = mine.GetValueOrDefault(e.Version.CourseId);
            return new CatalogueCourseDto
            {
                CourseId = e.Version.CourseId,
                Code = e.Code,
                Title = e.Version.Title.ToContent(),
                Summary = e.Version.Summary.ToContent(),
                Category = e.Version.Category,
                ContentLanguage = e.Version.ContentLanguage,
                EstimatedMinutes = e.Version.EstimatedMinutes,
                Required = required.ContainsKey(e.Version.CourseId) && enrolment?.IsCompleted != true,
                DueOn = required.GetValueOrDefault(e.Version.CourseId),
                Status = StatusOf(enrolment),
                EnrolmentId = enrolment?.Id,
            };
        }).ToList();
        return new PagedResult<CatalogueCourseDto>(page.TotalCount, items);
    }

    public async Task<CourseOverviewDto> GetCourseAsync(Guid courseId, CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        var enrolment = me is null ? null : await enrolments.FindAsync(me.Id, courseId, ct);
        var course = await courses.FindAsync(courseId, ct) ?? throw new EntityNotFoundException(typeof(Course), courseId);
        var version = enrolment is not null ? await courses.GetVersionAsync(enrolment.CourseVersionId, ct)
            : await courses.FindPublishedVersionAsync(courseId, ct) ?? throw new EntityNotFoundException(typeof(Course), courseId);
        var required = me is null ? null : (await requirements.GetRequiredForPersonAsync(me.Id, ct)).FirstOrDefault(r => r.CourseId == courseId);
        return new CourseOverviewDto
        {
            CourseId = courseId,
            Code = course.Code,
            Title = version.Title.ToContent(),
            Summary = version.Summary.ToContent(),
            Description = version.Description.ToContent(),
            Category = version.Category,
            ContentLanguage = version.ContentLanguage,
            EstimatedMinutes = version.EstimatedMinutes,
            Lessons = version.Lessons.OrderBy(l => l.Order).Select(l => new LessonOutlineDto(l.Id, l.Order, l.Kind, l.Title.ToContent())).ToList(),
            Required = (required is not null || enrolment?.Source is CourseEnrolmentSource.Assigned or CourseEnrolmentSource.Required)
                && enrolment?.IsCompleted != true,
            DueOn = enrolment?.DueOn ?? required?.DueOn,
            Status = StatusOf(enrolment),
            EnrolmentId = enrolment?.Id,
        };
    }

    public async Task<LearnerCourseDto> EnrolAsync(Guid courseId, CancellationToken ct)
    {
        var me = await currentPerson.GetOrThrowAsync(ct);
        // Enrolling again is no error: the learner gets the course they have, in the version they started.
        if (await enrolments.FindAsync(me.Id, courseId, ct) is { } existing) return await ToDtoAsync(existing, ct);
        var version = await courses.FindPublishedVersionAsync(courseId, ct) ?? throw new EntityNotFoundException(typeof(Course), courseId);
        var required = (await requirements.GetRequiredForPersonAsync(me.Id, ct)).FirstOrDefault(r => r.CourseId == courseId);
        var enrolment = new CourseEnrolment(Guid.CreateVersion7(), me.Id, version,
            required is null ? CourseEnrolmentSource.Self : CourseEnrolmentSource.Required, required?.DueOn);
        await enrolments.InsertAsync(enrolment, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(enrolment, ct);
    }

    public async Task<LearnerCourseDto> GetEnrolmentAsync(Guid enrolmentId, CancellationToken ct) =>
        await ToDtoAsync(await GetMineAsync(enrolmentId, ct), ct);

    public async Task<LearnerCourseDto> OpenLessonAsync(Guid enrolmentId, Guid lessonId, CancellationToken ct)
    {
        var enrolment = await GetMineAsync(enrolmentId, ct);
        var version = await courses.GetVersionAsync(enrolment.CourseVersionId, ct);
        enrolment.OpenLesson(version, lessonId, Now);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(enrolment, ct, version);
    }

    public async Task<LearnerCourseDto> CompleteLessonAsync(Guid enrolmentId, Guid lessonId, CancellationToken ct)
    {
        var enrolment = await GetMineAsync(enrolmentId, ct);
        var version = await courses.GetVersionAsync(enrolment.CourseVersionId, ct);
        // A quiz or SCORM lesson is refused here (409): it is completed by its result, never by the learner saying so.
        enrolment.CompleteLesson(version, lessonId, Now);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(enrolment, ct, version);
    }

    public async Task<MyCoursesDto> GetMyCoursesAsync(CancellationToken ct)
    {
        if (await currentPerson.GetAsync(ct) is not { } me) return new MyCoursesDto { Required = [], InProgress = [], Completed = [], Expiring = [] };
        var today = OsloTime.Today(clock);
        var mine = await queries.GetEnrolmentsAsync(me.Id, null, ct);
        var dueOn = await RequiredAsync(me.Id, mine, ct);
        var notStarted = dueOn.Keys.Except(mine.Select(e => e.CourseId)).ToList();
        var versions = (await queries.GetVersionsAsync(mine.Select(e => e.CourseVersionId).ToList(), notStarted, ct)).ToList();
        var byId = versions.ToDictionary(v => v.Id);
        var published = versions.Where(v => v.Status == CourseVersionStatus.Published).GroupBy(v => v.CourseId).ToDictionary(g => g.Key, g => g.First());

        MyCourseDto Row(CourseVersion version, CourseEnrolment? enrolment)
        {
            var due = enrolment?.DueOn ?? dueOn.GetValueOrDefault(version.CourseId);
            DateOnly? validUntil = enrolment?.CompletedAt is { } completedAt && version.Grants.Where(g => g.ValidMonths is not null).ToList() is { Count: > 0 } expiring
                ? DateOnly.FromDateTime(OsloTime.ToOslo(completedAt)).AddMonths(expiring.Min(g => g.ValidMonths!.Value))
                : null;
            return new MyCourseDto
            {
                CourseId = version.CourseId,
                EnrolmentId = enrolment?.Id,
                Title = version.Title.ToContent(),
                Category = version.Category,
                EstimatedMinutes = version.EstimatedMinutes,
                Source = enrolment?.Source,
                DueOn = due,
                Overdue = enrolment?.IsCompleted != true && due < today,
                StartedAt = enrolment?.StartedAt,
                ProgressPercent = enrolment is null ? 0 : ProgressPercent(enrolment, version),
                CompletedAt = enrolment?.CompletedAt,
                ValidUntil = validUntil,
            };
        }

        var rows = mine.Where(e => byId.ContainsKey(e.CourseVersionId)).Select(e => Row(byId[e.CourseVersionId], e)).ToList();
        var requiredRows = notStarted.Where(published.ContainsKey).Select(id => Row(published[id], null))
            .Concat(rows.Where(r => r.CompletedAt is null
                && (dueOn.ContainsKey(r.CourseId) || r.Source is CourseEnrolmentSource.Assigned or CourseEnrolmentSource.Required)))
            .OrderBy(r => r.DueOn ?? DateOnly.MaxValue).ThenBy(r => r.Title.Text, StringComparer.CurrentCulture).ToList();
        var requiredIds = requiredRows.Select(r => r.CourseId).ToHashSet();
        return new MyCoursesDto
        {
            Required = requiredRows,
            InProgress = rows.Where(r => r.CompletedAt is null && !requiredIds.Contains(r.CourseId)).OrderByDescending(r => r.StartedAt).ToList(),
            Completed = rows.Where(r => r.CompletedAt is not null).OrderByDescending(r => r.CompletedAt).ToList(),
            Expiring = rows.Where(r => r.ValidUntil is { } until && until <= today.AddDays(MyCoursesDto.ExpiringWithinDays))
                .OrderBy(r => r.ValidUntil).ToList(),
        };
    }

    public async Task<CourseCertificatePdfFile> GetCertificatePdfAsync(Guid enrolmentId, string? culture, CancellationToken ct)
    {
        var enrolment = await GetMineAsync(enrolmentId, ct);
        var certificate = await certificates.FindByEnrolmentAsync(enrolment.Id, ct)
            ?? throw new BusinessException(NavLederprogramErrorCodes.CourseNotCompleted) { IsConflict = true };
        var language = LocalizationTexts.Normalize(string.IsNullOrWhiteSpace(culture) ? Culture : culture);
        var version = await courses.GetVersionAsync(certificate.CourseVersionId, ct);
        var pdf = CourseCertificatePdf.Render(certificate, version, PublicLinks.VerificationUrl(configuration, certificate.VerificationCode), language);
        var fileName = $"{LocalizationTexts.Get("CourseCertificate:Pdf.FileName", language)}-{certificate.VerificationCode}-{language}.pdf";
        return new CourseCertificatePdfFile(pdf, "application/pdf", fileName);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The courses the person must still complete, with the earliest deadline: those their role requires, and those assigned
    /// to or required of them on their enrolment.
    /// </summary>
    private async Task<Dictionary<Guid, DateOnly?>> RequiredAsync(Guid personId, IEnumerable<CourseEnrolment> mine, CancellationToken ct)
    {
        var enrolments = mine.ToList();
        var completed = enrolments.Where(e => e.IsCompleted).Select(e => e.CourseId).ToHashSet();
        var required = new Dictionary<Guid, DateOnly?>();
        void Add(Guid courseId, DateOnly? due)
        {
            if (completed.Contains(courseId)) return;
            required[courseId] = required.TryGetValue(courseId, out var had) && had is { } earlier && (due is null || earlier < due) ? earlier : due ?? had;
        }
        foreach (var r in await requirements.GetRequiredForPersonAsync(personId, ct)) Add(r.CourseId, r.DueOn);
        foreach (var e in enrolments.Where(e => e.Source is CourseEnrolmentSource.Assigned or CourseEnrolmentSource.Required)) Add(e.CourseId, e.DueOn);
        return required;
    }

    /// <summary>The caller's enrolment; another person's is not found, as if it did not exist.</summary>
    private async Task<CourseEnrolment> GetMineAsync(Guid enrolmentId, CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        var enrolment = await enrolments.FindByIdAsync(enrolmentId, ct);
        if (enrolment is null || me is null || enrolment.PersonId != me.Id) throw new EntityNotFoundException(typeof(CourseEnrolment), enrolmentId);
        return enrolment;
    }

    private static CourseLearnerStatus StatusOf(CourseEnrolment? enrolment) => enrolment switch
    {
        null => CourseLearnerStatus.NotStarted,
        { IsCompleted: true } => CourseLearnerStatus.Completed,
        _ => CourseLearnerStatus.InProgress,
    };

    private static int ProgressPercent(CourseEnrolment enrolment, CourseVersion version)
    {
        if (enrolment.IsCompleted) return 100;
        if (version.Lessons.Count == 0) return 0;
        var lessonIds = version.Lessons.Select(l => l.Id).ToHashSet();
        var done = enrolment.Lessons.Count(p => p.CompletedAt is not null && lessonIds.Contains(p.LessonId));
        return done * 100 / version.Lessons.Count;
    }

    private async Task<LearnerCourseDto> ToDtoAsync(CourseEnrolment enrolment, CancellationToken ct, CourseVersion? version = null)
    {
        version ??= await courses.GetVersionAsync(enrolment.CourseVersionId, ct);
        var course = await courses.GetAsync(enrolment.CourseId, ct);
        var certificate = enrolment.IsCompleted ? await certificates.FindByEnrolmentAsync(enrolment.Id, ct) : null;
        var progress = enrolment.Lessons.ToDictionary(p => p.LessonId);
        var attachmentIds = version.Lessons.SelectMany(l => l.AttachmentFileIds).Distinct().ToList();
        var attachments = attachmentIds.Count == 0 ? [] : (await files.GetListAsync(attachmentIds, ct)).ToDictionary(f => f.Id);
        return new LearnerCourseDto
        {
            EnrolmentId = enrolment.Id,
            CourseId = enrolment.CourseId,
            CourseVersionId = version.Id,
            VersionNumber = version.Number,
            NewerVersionPublished = course.PublishedVersionId is { } published && published != version.Id
                && version.Status != CourseVersionStatus.Published,
            Title = version.Title.ToContent(),
            Summary = version.Summary.ToContent(),
            Description = version.Description.ToContent(),
            Category = version.Category,
            ContentLanguage = version.ContentLanguage,
            EstimatedMinutes = version.EstimatedMinutes,
            CompletionRule = version.CompletionRule,
            Source = enrolment.Source,
            DueOn = enrolment.DueOn,
            StartedAt = enrolment.StartedAt,
            LastLessonId = enrolment.LastLessonId,
            Lessons = version.Lessons.OrderBy(l => l.Order).Select(l => new PlayerLessonDto
            {
                Id = l.Id,
                Order = l.Order,
                Kind = l.Kind,
                Title = l.Title.ToContent(),
                Body = fileLinks.WithLinks(l.Body),
                MediaUrl = l.MediaFileId is { } media ? fileLinks.Url(media) : null,
                CaptionsUrl = l.CaptionsFileId is { } captions ? fileLinks.Url(captions) : null,
                Transcript = l.Transcript,
                Attachments = l.AttachmentFileIds.Where(attachments.ContainsKey).Select(id => new PlayerAttachmentDto
                {
                    FileName = attachments[id].FileName,
                    Length = attachments[id].Length,
                    Url = fileLinks.Url(id),
                }).ToList(),
                ScormPackageId = l.ScormPackageId,
                QuizId = l.QuizId,
                ViewedAt = progress.GetValueOrDefault(l.Id)?.ViewedAt,
                CompletedAt = progress.GetValueOrDefault(l.Id)?.CompletedAt,
            }).ToList(),
            QuizBestScorePercent = enrolment.QuizBestScorePercent,
            QuizPassedAt = enrolment.QuizPassedAt,
            ScormCompleted = enrolment.ScormCompleted,
            ScormScorePercent = enrolment.ScormScorePercent,
            CompletedAt = enrolment.CompletedAt,
            CertificateCode = certificate?.VerificationCode,
        };
    }
}
