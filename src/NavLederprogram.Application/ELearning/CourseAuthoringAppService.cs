using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Entities;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.ELearning;

/// <summary>
/// Course authoring: a course is created with its first draft; details and lessons are written on the draft, which
/// is then published; a change to a published course is a new draft copied from it. Every lesson body is sanitized
/// here, and every file a lesson names must be one uploaded to the course for that use.
/// </summary>
public sealed class CourseAuthoringAppService(
    ICourseRepository courses,
    ICourseFileRepository files,
    IFileStorage storage,
    ICompetenceQueries competence,
    IOrganisationQueries organisation,
    CourseFileLinks links,
    Microsoft.Extensions.Options.IOptions<CourseFileOptions> fileOptions,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : ICourseAuthoringAppService
{
    public async Task<PagedResult<CourseListItemDto>> GetListAsync(CourseListQuery query, CancellationToken ct)
    {
        var page = query.ToPageRequest();
        var validator = new InputValidator();
        if (query.Category is { } c && !Enum.IsDefined(c)) validator.Add("category", InputValidator.Unknown);
        if (query.Status is { } s && !Enum.IsDefined(s)) validator.Add("status", InputValidator.Unknown);
        validator.ThrowIfInvalid();
        var all = await courses.GetAllAsync(ct);
        var current = (await courses.GetVersionListAsync(all.Select(CurrentVersionId).OfType<Guid>().ToList(), ct)).ToDictionary(v => v.Id);
        var published = (await courses.GetVersionListAsync(all.Select(c => c.PublishedVersionId).OfType<Guid>().ToList(), ct)).ToDictionary(v => v.Id);
        var rows = all.Where(c => CurrentVersionId(c) is { } id && current.ContainsKey(id)).Select(c =>
        {
            var v = current[CurrentVersionId(c)!.Value];
            return new CourseListItemDto(c.Id, c.Code, v.Title.In(), v.Category, LocalizationTexts.EnumText(v.Category),
                c.PublishedVersionId is { } p && published.TryGetValue(p, out var pv) ? pv.Number : null, c.DraftVersionId is not null,
                v.Status, LocalizationTexts.EnumText(v.Status), v.Lessons.Count, v.LastModificationTime ?? v.CreationTime);
        });
        if (!string.IsNullOrWhiteSpace(page.Filter))
        {
            var filter = page.Filter.Trim();
            rows = rows.Where(r => r.Code.Contains(filter, StringComparison.OrdinalIgnoreCase) || r.Title.Contains(filter, StringComparison.CurrentCultureIgnoreCase));
        }
        if (query.Category is { } category) rows = rows.Where(r => r.Category == category);
        if (query.Status is { } status) rows = rows.Where(r => r.Status == status);
        var sorted = (page.Sorting?.Trim().ToLowerInvariant()) switch
        {
            "code desc" => rows.OrderByDescending(r => r.Code, StringComparer.Ordinal),
            "code" or "code asc" => rows.OrderBy(r => r.Code, StringComparer.Ordinal),
            "title desc" => rows.OrderByDescending(r => r.Title, StringComparer.CurrentCultureIgnoreCase),
            "modifiedat" or "modifiedat asc" => rows.OrderBy(r => r.ModifiedAt),
            "modifiedat desc" => rows.OrderByDescending(r => r.ModifiedAt),
            _ => rows.OrderBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase),
        };
        var list = sorted.ToList();
        return new PagedResult<CourseListItemDto>(list.Count, list.Skip(page.SkipCount).Take(page.MaxResultCount).ToList());
    }

    public async Task<CourseEditorDto> GetAsync(Guid courseId, CancellationToken ct)
    {
        var course = await courses.GetAsync(courseId, ct);
        var version = await courses.GetVersionAsync(CurrentVersionId(course) ?? throw new EntityNotFoundException(typeof(CourseVersion), null), ct);
        return await ToDtoAsync(course, version, ct);
    }

    public async Task<CourseVersionDto> GetVersionAsync(Guid courseId, Guid versionId, CancellationToken ct)
    {
        var course = await courses.GetAsync(courseId, ct);
        var version = await courses.FindVersionAsync(versionId, ct);
        if (version is null || version.CourseId != course.Id) throw new EntityNotFoundException(typeof(CourseVersion), versionId);
        return await ToVersionDtoAsync(course, version, ct);
    }

    public async Task<CourseEditorDto> CreateAsync(CreateCourseInput input, CancellationToken ct)
    {
        var validator = new InputValidator().RequireTranslated("title", input.Title, ELearningConsts.TitleMax);
        if (string.IsNullOrWhiteSpace(input.Code)) validator.Add("code", InputValidator.Required);
        else if (!Course.IsValidCode(input.Code)) validator.Add("code", NavLederprogramErrorCodes.CourseCodeInvalid);
        validator.ThrowIfInvalid();
        var code = Course.NormalizeCode(input.Code!);
        if (await courses.FindByCodeAsync(code, ct) is not null)
            throw new BusinessException(NavLederprogramErrorCodes.CourseCodeTaken, code) { IsConflict = true, Field = "code" };

        var course = new Course(Guid.CreateVersion7(), code);
        var draft = course.StartDraft(Guid.CreateVersion7(), new CourseDetails(input.Title.ToText(), TranslatedText.Empty, TranslatedText.Empty,
            CourseCategory.Other, "nb", 0, [], [], CourseCompletionRule.AllLessons));
        await courses.InsertAsync(course, ct);
        await courses.InsertVersionAsync(draft, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(course, draft, ct);
    }

    public async Task<CourseEditorDto> SaveDetailsAsync(Guid courseId, SaveCourseDetailsInput input, CancellationToken ct)
    {
        var (course, draft) = await DraftAsync(courseId, ct);
        var details = await ValidateDetailsAsync(input, ct);
        ConcurrencyCheck.Apply(draft, input.ConcurrencyStamp);
        draft.ChangeDetails(details);
        return await SaveAsync(course, draft, ct);
    }

    public async Task<CourseEditorDto> AddLessonAsync(Guid courseId, SaveLessonInput input, CancellationToken ct)
    {
        var (course, draft) = await DraftAsync(courseId, ct);
        var content = await ValidateLessonAsync(course, input, ct);
        ConcurrencyCheck.Apply(draft, input.ConcurrencyStamp);
        draft.AddLesson(content);
        return await SaveAsync(course, draft, ct);
    }

    public async Task<CourseEditorDto> ChangeLessonAsync(Guid courseId, Guid lessonId, SaveLessonInput input, CancellationToken ct)
    {
        var (course, draft) = await DraftAsync(courseId, ct);
        draft.GetLesson(lessonId);
        var content = await ValidateLessonAsync(course, input, ct);
        ConcurrencyCheck.Apply(draft, input.ConcurrencyStamp);
        draft.ChangeLesson(lessonId, content);
        return await SaveAsync(course, draft, ct);
    }

    public async Task<CourseEditorDto> RemoveLessonAsync(Guid courseId, Guid lessonId, CourseVersionActionInput input, CancellationToken ct)
    {
        var (course, draft) = await DraftAsync(courseId, ct);
        ConcurrencyCheck.Apply(draft, input.ConcurrencyStamp);
        draft.RemoveLesson(lessonId);
        return await SaveAsync(course, draft, ct);
    }

    public async Task<CourseEditorDto> MoveLessonAsync(Guid courseId, Guid lessonId, MoveLessonInput input, CancellationToken ct)
    {
        var (course, draft) = await DraftAsync(courseId, ct);
        new InputValidator().InRange("position", input.Position, 1, Math.Max(1, draft.Lessons.Count)).ThrowIfInvalid();
        ConcurrencyCheck.Apply(draft, input.ConcurrencyStamp);
        draft.MoveLesson(lessonId, input.Position!.Value);
        return await SaveAsync(course, draft, ct);
    }

    public async Task<CourseEditorDto> PublishAsync(Guid courseId, CourseVersionActionInput input, CancellationToken ct)
    {
        var (course, draft) = await DraftAsync(courseId, ct);
        // The stamp is what the editor saw: a change made in between by someone else is not what they meant to publish.
        ConcurrencyCheck.Apply(draft, input.ConcurrencyStamp);
        var previous = course.PublishedVersionId is { } publishedId ? await courses.GetVersionAsync(publishedId, ct) : null;
        draft.Publish(clock.GetUtcNow().UtcDateTime);
        course.RecordPublication(draft, previous);
        return await SaveAsync(course, draft, ct);
    }

    public async Task<CourseEditorDto> StartDraftAsync(Guid courseId, CancellationToken ct)
    {
        var course = await courses.GetAsync(courseId, ct);
        var published = course.PublishedVersionId is { } id ? await courses.GetVersionAsync(id, ct)
            : throw new BusinessException(NavLederprogramErrorCodes.CourseDraftExists) { IsConflict = true };
        var draft = course.StartDraft(Guid.CreateVersion7(), published);
        await courses.InsertVersionAsync(draft, ct);
        return await SaveAsync(course, draft, ct);
    }

    public async Task<CourseEditorDto> DiscardDraftAsync(Guid courseId, CourseVersionActionInput input, CancellationToken ct)
    {
        var (course, draft) = await DraftAsync(courseId, ct);
        // Without a published version the draft is all the course is.
        if (course.PublishedVersionId is not { } publishedId) throw new BusinessException(NavLederprogramErrorCodes.CourseFirstDraft) { IsConflict = true };
        ConcurrencyCheck.Apply(draft, input.ConcurrencyStamp);
        course.DiscardDraft(draft);
        courses.DeleteVersion(draft);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(course, await courses.GetVersionAsync(publishedId, ct), ct);
    }

    public async Task<CourseFileDto> UploadFileAsync(Guid courseId, CourseFilePurpose? purpose, CourseFileContent? file, CancellationToken ct)
    {
        var course = await courses.GetAsync(courseId, ct);
        var validator = new InputValidator().RequireEnum("purpose", purpose);
        if (file is null) validator.Add("file", InputValidator.Required);
        validator.ThrowIfInvalid();

        var limit = fileOptions.Value.MaxBytes(purpose!.Value);
        // The upload is read to a temporary file first: its size and content are checked before anything is stored.
        await using var buffer = new FileStream(Path.Combine(Path.GetTempPath(), $"navleder-upload-{Guid.NewGuid():N}"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var length = await CopyAtMostAsync(file!.Content, buffer, limit + 1, ct);
        if (length == 0) validator.Add("file", InputValidator.Required);
        else if (length > limit) validator.Add("file", ELearningValidation.FileTooLarge, limit / (1024 * 1024));
        validator.ThrowIfInvalid();
        var contentType = CourseFileInspector.Recognise(purpose.Value, buffer);
        if (contentType is null) validator.Add("file", ELearningValidation.FileContent(purpose.Value)).ThrowIfInvalid();

        var stored = new CourseFile(Guid.CreateVersion7(), course.Id, purpose.Value, FileName(file.FileName, contentType!), contentType!, length);
        buffer.Position = 0;
        await storage.WriteAsync(stored.StoragePath, buffer, ct);
        try
        {
            await files.InsertAsync(stored, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }
        catch
        {
            await storage.DeleteAsync(stored.StoragePath, CancellationToken.None);
            throw;
        }
        return ToDto(stored);
    }

    private static Guid? CurrentVersionId(Course course) => course.DraftVersionId ?? course.PublishedVersionId;

    private async Task<(Course Course, CourseVersion Draft)> DraftAsync(Guid courseId, CancellationToken ct)
    {
        var course = await courses.GetAsync(courseId, ct);
        if (course.DraftVersionId is not { } draftId) throw new BusinessException(NavLederprogramErrorCodes.CourseVersionNotDraft) { IsConflict = true };
        return (course, await courses.GetVersionAsync(draftId, ct));
    }

    private async Task<CourseEditorDto> SaveAsync(Course course, CourseVersion version, CancellationToken ct)
    {
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(course, version, ct);
    }

    private async Task<CourseDetails> ValidateDetailsAsync(SaveCourseDetailsInput input, CancellationToken ct)
    {
        var v = new InputValidator().RequireTranslated("title", input.Title, ELearningConsts.TitleMax)
            .RequireTranslated("summary", input.Summary, ELearningConsts.SummaryMax, required: false)
            .RequireTranslated("description", input.Description, ELearningConsts.DescriptionMax, required: false)
            .RequireEnum("category", input.Category)
            .InRange("estimatedMinutes", input.EstimatedMinutes, 0, ELearningConsts.MaxEstimatedMinutes);
        if (string.IsNullOrWhiteSpace(input.ContentLanguage)) v.Add("contentLanguage", InputValidator.Required);
        else if (!ELearningConsts.ContentLanguages.Contains(input.ContentLanguage)) v.Add("contentLanguage", InputValidator.Unknown);

        var roleIds = input.TargetJobRoleIds ?? [];
        var knownRoles = (await organisation.GetJobRolesAsync(ct)).Select(r => r.Id).ToHashSet();
        if (roleIds.Count > ELearningConsts.MaxTargetJobRoles) v.Add("targetJobRoleIds", InputValidator.TooMany, ELearningConsts.MaxTargetJobRoles);
        else if (roleIds.Any(id => !knownRoles.Contains(id))) v.Add("targetJobRoleIds", InputValidator.Unknown);

        var rules = input.CompletionRules ?? [];
        if (rules.Count == 0) v.Add("completionRules", InputValidator.Required);
        else if (rules.Any(r => r == CourseCompletionRule.None || !Enum.IsDefined(r))) v.Add("completionRules", InputValidator.Unknown);

        var grants = input.Grants ?? [];
        var areas = await competence.GetAreasAsync(ct);
        var scales = await competence.GetScaleMaxLevelsAsync(ct);
        if (grants.Count > ELearningConsts.MaxGrants) v.Add("grants", InputValidator.TooMany, ELearningConsts.MaxGrants);
        for (var i = 0; i < grants.Count && i < ELearningConsts.MaxGrants; i++)
        {
            var area = grants[i].CompetenceAreaId is { } areaId ? areas.GetValueOrDefault(areaId) : null;
            if (grants[i].CompetenceAreaId is null) v.Add($"grants[{i}].competenceAreaId", InputValidator.Required);
            else if (area is null) v.Add($"grants[{i}].competenceAreaId", InputValidator.Unknown);
            else if (grants.Take(i).Any(g => g.CompetenceAreaId == area.Id)) v.Add($"grants[{i}].competenceAreaId", InputValidator.Duplicate);
            var maxLevel = area is null ? CompetenceConsts.MaxScaleLevels : scales.GetValueOrDefault(area.ScaleId, 1);
            v.InRange($"grants[{i}].level", grants[i].Level, 1, maxLevel);
            if (grants[i].ValidMonths is not null) v.InRange($"grants[{i}].validMonths", grants[i].ValidMonths, 1, ELearningConsts.MaxValidMonths);
        }
        v.ThrowIfInvalid();
        return new CourseDetails(input.Title.ToText(), input.Summary.ToText(), input.Description.ToText(), input.Category!.Value,
            input.ContentLanguage!, input.EstimatedMinutes!.Value, [.. roleIds.Distinct()],
            grants.Select(g => new CompetenceGrant(g.CompetenceAreaId!.Value, g.Level!.Value, g.ValidMonths)).ToList(),
            rules.Aggregate(CourseCompletionRule.None, (all, r) => all | r));
    }

    private async Task<LessonContent> ValidateLessonAsync(Course course, SaveLessonInput input, CancellationToken ct)
    {
        var v = new InputValidator().RequireEnum("kind", input.Kind).RequireTranslated("title", input.Title, ELearningConsts.TitleMax);
        var (body, imageIds) = LessonHtml.Sanitize(input.Body);
        if (body?.Length > ELearningConsts.BodyMax) v.Add("body", InputValidator.MaxLength, ELearningConsts.BodyMax);
        if (input.Transcript?.Trim().Length > ELearningConsts.TranscriptMax) v.Add("transcript", InputValidator.MaxLength, ELearningConsts.TranscriptMax);
        var attachments = input.AttachmentFileIds ?? [];
        if (attachments.Count > ELearningConsts.MaxAttachments) v.Add("attachmentFileIds", InputValidator.TooMany, ELearningConsts.MaxAttachments);

        // Every file named must be this course's, uploaded for that use: a picture cannot stand in for a video.
        var named = imageIds.Concat(attachments).Concat(new[] { input.MediaFileId, input.CaptionsFileId }.OfType<Guid>()).Distinct().ToList();
        var known = (await files.GetListAsync(named, ct)).Where(f => f.CourseId == course.Id).ToDictionary(f => f.Id, f => f.Purpose);
        bool Is(Guid id, CourseFilePurpose purpose) => known.TryGetValue(id, out var p) && p == purpose;
        if (imageIds.Any(id => !Is(id, CourseFilePurpose.Image))) v.Add("body", ELearningValidation.ImageNotInCourse);
        if (input.MediaFileId is { } media && !Is(media, CourseFilePurpose.Video)) v.Add("mediaFileId", InputValidator.Unknown);
        if (input.CaptionsFileId is { } captions && !Is(captions, CourseFilePurpose.Captions)) v.Add("captionsFileId", InputValidator.Unknown);
        if (attachments.Any(id => !Is(id, CourseFilePurpose.Attachment))) v.Add("attachmentFileIds", InputValidator.Unknown);
        v.ThrowIfInvalid();
        return new LessonContent(input.Kind!.Value, input.Title.ToText(), body, input.MediaFileId, input.CaptionsFileId, input.Transcript?.Trim(),
            [.. attachments.Distinct()], input.ScormPackageId, input.QuizId);
    }

    private async Task<CourseEditorDto> ToDtoAsync(Course course, CourseVersion version, CancellationToken ct)
    {
        var history = (await courses.GetVersionsAsync(course.Id, ct)).Select(h => new CourseVersionSummaryDto(h.Id, h.Number, h.Status,
            LocalizationTexts.EnumText(h.Status), h.Title.In(), h.Lessons.Count, h.PublishedAt, h.LastModificationTime ?? h.CreationTime)).ToList();
        return new CourseEditorDto(course.Id, course.Code, course.PublishedVersionId, course.DraftVersionId, await ToVersionDtoAsync(course, version, ct),
            history, course.ConcurrencyStamp);
    }

    private async Task<CourseVersionDto> ToVersionDtoAsync(Course course, CourseVersion v, CancellationToken ct)
    {
        var areas = await competence.GetAreasAsync(ct);
        var fileIds = v.Lessons.SelectMany(l => l.FileIds).Distinct().ToList();
        var fileDtos = (await files.GetListAsync(fileIds, ct)).ToDictionary(f => f.Id, ToDto);
        CourseFileDto? File(Guid? id) => id is { } i ? fileDtos.GetValueOrDefault(i) : null;
        var culture = LocalizationTexts.Normalize(System.Globalization.CultureInfo.CurrentUICulture.Name);
        var lessons = v.Lessons.Select(l => new LessonDto(l.Id, l.Order, l.Kind, LocalizationTexts.EnumText(l.Kind), l.Title.ToEditable(),
            links.WithLinks(l.Body), File(l.MediaFileId), File(l.CaptionsFileId), l.Transcript,
            l.AttachmentFileIds.Select(id => File(id)).OfType<CourseFileDto>().ToList(), l.ScormPackageId, l.QuizId, l.IsReady)).ToList();
        var rules = Enum.GetValues<CourseCompletionRule>().Where(r => r != CourseCompletionRule.None && v.CompletionRule.HasFlag(r)).ToList();
        return new CourseVersionDto(v.Id, course.Id, course.Code, v.Number, v.Status, LocalizationTexts.EnumText(v.Status), v.PublishedAt,
            v.Title.ToEditable(), v.Summary.ToEditable(), v.Description.ToEditable(), v.Category, v.ContentLanguage, v.EstimatedMinutes,
            [.. v.TargetJobRoleIds],
            v.Grants.Select(g => new CourseGrantDto(g.CompetenceAreaId, areas.GetValueOrDefault(g.CompetenceAreaId)?.Name.In(culture) ?? "", g.Level, g.ValidMonths))
                .ToList(),
            rules, lessons, v.IsDraft, v.ConcurrencyStamp);
    }

    private CourseFileDto ToDto(CourseFile f) => new(f.Id, f.Purpose, f.FileName, f.ContentType, f.Length, links.Url(f.Id));

    /// <summary>The uploader's file name without any folder or control character, ending in the extension of what the file is.</summary>
    private static string FileName(string? given, string contentType)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName((given ?? "").Replace('\\', '/')));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('/' or '"' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        if (name.Length == 0) name = "file";
        var extension = CourseFileInspector.Extension(contentType);
        return name[..Math.Min(name.Length, ELearningConsts.FileNameMax - extension.Length)] + extension;
    }

    private static async Task<long> CopyAtMostAsync(Stream source, Stream target, long max, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total < max && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, max - total)), ct)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            total += read;
        }
        return total;
    }
}
