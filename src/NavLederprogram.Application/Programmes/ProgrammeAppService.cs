using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.Entities;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Permissions;
using NavLederprogram.Validation;

namespace NavLederprogram.Programmes;

public sealed class ProgrammeAppService(
    IProgrammeRepository programmes,
    ICompetenceQueries competence,
    ICourseQueries courses,
    ProgrammeAccess access,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IProgrammeAppService
{
    public async Task<IReadOnlyList<ProgrammeVersionSummaryDto>> GetVersionsAsync(CancellationToken ct) =>
        (await programmes.GetVersionsAsync(ct)).Select(v => new ProgrammeVersionSummaryDto(v.Id, v.Number, v.Name.ToContent(), v.Status, LocalizationTexts.EnumText(v.Status),
            v.Modules.Count, v.IsApprovedBy(ApprovalParty.Ks), v.IsApprovedBy(ApprovalParty.Directorate), v.PublishedAt, v.LastModificationTime ?? v.CreationTime)).ToList();

    public async Task<ProgrammeVersionDto> GetVersionAsync(Guid id, CancellationToken ct) => await ToDtoAsync(await FindAsync(id, ct), ct);

    public async Task<ProgrammeVersionDto> CreateVersionAsync(CreateVersionInput input, CancellationToken ct)
    {
        var versions = await programmes.GetVersionsAsync(ct);
        var source = input.CopyFromVersionId is { } sourceId ? versions.FirstOrDefault(v => v.Id == sourceId) : null;
        var validator = new InputValidator();
        if (input.CopyFromVersionId is not null && source is null) validator.Add("copyFromVersionId", InputValidator.Unknown);
        validator.RequireTranslated("name", input.Name, ProgrammeConsts.MaxNameLength, required: source is null)
            .RequireTranslated("description", input.Description, ProgrammeConsts.MaxTextLength, required: false);
        validator.ThrowIfInvalid();
        // One draft at a time, so that the two owners always approve the same thing.
        if (versions.Any(v => v.Status == ProgrammeVersionStatus.Draft)) throw new BusinessException(NavLederprogramErrorCodes.DraftExists) { IsConflict = true };

        var programme = await programmes.GetProgrammeAsync(ct) ?? throw new EntityNotFoundException(typeof(Programme), null);
        var by = await access.GetActorAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var number = versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1;
        var version = source is null
            ? new ProgrammeVersion(Guid.CreateVersion7(), programme.Id, number, input.Name.ToText(), input.Description.ToText(), by, now)
            : source.CopyAsDraft(Guid.CreateVersion7(), number, by, now);
        if (source is not null && !string.IsNullOrWhiteSpace(input.Name?.Nb))
            version.ChangeDetails(input.Name.ToText(), input.Description is null ? source.Description : input.Description.ToText(), by, now);
        await programmes.InsertVersionAsync(version, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(version, ct);
    }

    public async Task<ProgrammeVersionDto> UpdateVersionAsync(Guid id, SaveVersionInput input, CancellationToken ct)
    {
        var version = await FindAsync(id, ct);
        new InputValidator().RequireTranslated("name", input.Name, ProgrammeConsts.MaxNameLength)
            .RequireTranslated("description", input.Description, ProgrammeConsts.MaxTextLength, required: false).ThrowIfInvalid();
        ConcurrencyCheck.Apply(version, input.ConcurrencyStamp);
        version.ChangeDetails(input.Name.ToText(), input.Description.ToText(), await access.GetActorAsync(ct), Now);
        return await SaveAsync(version, ct);
    }

    public async Task DeleteVersionAsync(Guid id, CancellationToken ct)
    {
        var version = await FindAsync(id, ct);
        if (version.Status != ProgrammeVersionStatus.Draft || await programmes.VersionInUseAsync(id, ct))
            throw new BusinessException(NavLederprogramErrorCodes.VersionNotDraft) { IsConflict = true };
        programmes.DeleteVersion(version);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<ProgrammeVersionDto> AddModuleAsync(Guid id, SaveModuleInput input, CancellationToken ct)
    {
        var version = await FindAsync(id, ct);
        var content = await ValidateModuleAsync(input, ct);
        ConcurrencyCheck.Apply(version, input.ConcurrencyStamp);
        version.AddModule(content, await access.GetActorAsync(ct), Now);
        return await SaveAsync(version, ct);
    }

    public async Task<ProgrammeVersionDto> UpdateModuleAsync(Guid id, Guid moduleId, SaveModuleInput input, CancellationToken ct)
    {
        var version = await FindAsync(id, ct);
        var content = await ValidateModuleAsync(input, ct);
        ConcurrencyCheck.Apply(version, input.ConcurrencyStamp);
        version.ChangeModule(moduleId, content, await access.GetActorAsync(ct), Now);
        return await SaveAsync(version, ct);
    }

    public async Task<ProgrammeVersionDto> DeleteModuleAsync(Guid id, Guid moduleId, ConcurrencyInput input, CancellationToken ct)
    {
        var version = await FindAsync(id, ct);
        ConcurrencyCheck.Apply(version, input.ConcurrencyStamp);
        version.RemoveModule(moduleId, await access.GetActorAsync(ct), Now);
        return await SaveAsync(version, ct);
    }

    public async Task<ProgrammeVersionDto> MoveModuleAsync(Guid id, Guid moduleId, MoveModuleInput input, CancellationToken ct)
    {
        var version = await FindAsync(id, ct);
        new InputValidator().InRange("position", input.Position, 1, Math.Max(1, version.Modules.Count)).ThrowIfInvalid();
        ConcurrencyCheck.Apply(version, input.ConcurrencyStamp);
        version.MoveModule(moduleId, input.Position!.Value, await access.GetActorAsync(ct), Now);
        return await SaveAsync(version, ct);
    }

    public async Task<ProgrammeVersionDto> ApproveAsync(Guid id, ConcurrencyInput input, CancellationToken ct)
    {
        var version = await FindAsync(id, ct);
        var party = await access.GetApprovalPartyAsync(ct) ?? throw new BusinessException(NavLederprogramErrorCodes.NotAnApprover) { IsConflict = true };
        // The stamp is what the approver saw: an edit in between is not what they approved.
        ConcurrencyCheck.Apply(version, input.ConcurrencyStamp);
        version.Approve(party, await access.GetActorAsync(ct), Now);
        return await SaveAsync(version, ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<ProgrammeVersionDto> SaveAsync(ProgrammeVersion version, CancellationToken ct)
    {
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(version, ct);
    }

    private async Task<ProgrammeVersion> FindAsync(Guid id, CancellationToken ct) =>
        await programmes.FindVersionAsync(id, ct) ?? throw new EntityNotFoundException(typeof(ProgrammeVersion), id);

    private async Task<ModuleContent> ValidateModuleAsync(SaveModuleInput input, CancellationToken ct)
    {
        var v = new InputValidator().RequireTranslated("title", input.Title, ProgrammeConsts.MaxNameLength)
            .RequireTranslated("description", input.Description, ProgrammeConsts.MaxTextLength, required: false);
        // The module names the course by its code as the catalogue spells it.
        var courseReference = string.IsNullOrWhiteSpace(input.CourseReference) ? null : input.CourseReference.Trim();
        if (courseReference?.Length > ProgrammeConsts.MaxNameLength) v.Add("courseReference", InputValidator.MaxLength, ProgrammeConsts.MaxNameLength);
        else if (courseReference is not null)
        {
            if ((await courses.GetByCodesAsync([courseReference], ct)).FirstOrDefault() is { } course) courseReference = course.Code;
            else v.Add("courseReference", NavLederprogramErrorCodes.CourseReferenceUnknown, courseReference);
        }
        var outcomes = input.LearningOutcomes ?? [];
        for (var i = 0; i < outcomes.Count; i++) v.RequireTranslated($"learningOutcomes[{i}]", outcomes[i], ProgrammeConsts.MaxTextLength);
        var gatherings = input.Gatherings ?? [];
        for (var i = 0; i < gatherings.Count; i++)
            v.RequireTranslated($"gatherings[{i}].title", gatherings[i].Title, ProgrammeConsts.MaxNameLength)
                .RequireEnum($"gatherings[{i}].format", gatherings[i].Format)
                .InRange($"gatherings[{i}].durationMinutes", gatherings[i].DurationMinutes, 15, ProgrammeConsts.MaxGatheringMinutes);
        var assignments = input.Assignments ?? [];
        for (var i = 0; i < assignments.Count; i++)
        {
            v.RequireTranslated($"assignments[{i}].title", assignments[i].Title, ProgrammeConsts.MaxNameLength)
                .RequireTranslated($"assignments[{i}].instructions", assignments[i].Instructions, ProgrammeConsts.MaxTextLength, required: false)
                .InRange($"assignments[{i}].dueDaysAfterUnlock", assignments[i].DueDaysAfterUnlock, 0, ProgrammeConsts.MaxDueDays);
        }
        var reflections = input.ReflectionTasks ?? [];
        for (var i = 0; i < reflections.Count; i++) v.RequireTranslated($"reflectionTasks[{i}].prompt", reflections[i].Prompt, ProgrammeConsts.MaxTextLength);
        var grants = input.Grants ?? [];
        var areas = await competence.GetAreasAsync(ct);
        var scales = await competence.GetScaleMaxLevelsAsync(ct);
        for (var i = 0; i < grants.Count; i++)
        {
            var area = grants[i].CompetenceAreaId is { } areaId ? areas.GetValueOrDefault(areaId) : null;
            if (grants[i].CompetenceAreaId is null) v.Add($"grants[{i}].competenceAreaId", InputValidator.Required);
            else if (area is null) v.Add($"grants[{i}].competenceAreaId", InputValidator.Unknown);
            else if (grants.Take(i).Any(g => g.CompetenceAreaId == area.Id)) v.Add($"grants[{i}].competenceAreaId", InputValidator.Duplicate);
            var maxLevel = area is null ? CompetenceConsts.MaxScaleLevels : (scales.TryGetValue(area.ScaleId, out var max) ? max : 1);
            v.InRange($"grants[{i}].level", grants[i].Level, 1, maxLevel);
            if (grants[i].ValidMonths is not null) v.InRange($"grants[{i}].validMonths", grants[i].ValidMonths, 1, CompetenceConsts.MaxMonths);
        }
        v.ThrowIfInvalid();
        return new ModuleContent(input.Title.ToText(), input.Description.ToText(), outcomes.Select(o => o.ToText()).ToList(), courseReference,
            gatherings.Select(g => new GatheringContent(g.Id, g.Title.ToText(), g.Format!.Value, g.DurationMinutes!.Value)).ToList(),
            assignments.Select(a => new AssignmentContent(a.Id, a.Title.ToText(), a.Instructions.ToText(), a.DueDaysAfterUnlock!.Value)).ToList(),
            reflections.Select(r => new ReflectionContent(r.Id, r.Prompt.ToText())).ToList(),
            grants.Select(g => new GrantContent(g.CompetenceAreaId!.Value, g.Level!.Value, g.ValidMonths)).ToList());
    }

    private async Task<ProgrammeVersionDto> ToDtoAsync(ProgrammeVersion v, CancellationToken ct)
    {
        var programme = await programmes.GetProgrammeAsync(ct);
        var areas = await competence.GetAreasAsync(ct);
        var party = await access.GetApprovalPartyAsync(ct);
        var canEdit = v.Status == ProgrammeVersionStatus.Draft && await access.HasAsync(NavLederprogramPermissions.Programmes.Edit, ct);
        var canApprove = v.Status == ProgrammeVersionStatus.Draft && party is { } p && !v.IsApprovedBy(p) && v.Modules.Count > 0
            && v.Approvals.All(a => a.ApprovedBy.UserId != access.UserId);
        return new ProgrammeVersionDto(v.Id, v.ProgrammeId, (programme?.Name ?? TranslatedText.Empty).ToContent(), v.Number, v.Name.ToEditable(), v.Description.ToEditable(), v.Status, LocalizationTexts.EnumText(v.Status), v.PublishedAt,
            v.Modules.Select(m => ToDto(m, areas)).ToList(),
            v.Approvals.Select(a => new ApprovalDto(a.Party, LocalizationTexts.EnumText(a.Party), a.ApprovedBy.Name, a.ApprovedAt)).ToList(),
            v.History.Reverse().Select(h => new VersionHistoryEntryDto(h.Action, LocalizationTexts.EnumText(h.Action), h.Party,
                h.Party is { } hp ? LocalizationTexts.EnumText(hp) : null, h.By.Name, h.At)).ToList(),
            party, party is { } mp ? LocalizationTexts.EnumText(mp) : null, canEdit, canApprove,
            await programmes.VersionInUseAsync(v.Id, ct), v.ConcurrencyStamp);
    }

    private static ModuleDto ToDto(ProgrammeModule m, IReadOnlyDictionary<Guid, CompetenceAreaCard> areas) => new(m.Id, m.Order, m.Title.ToEditable(), m.Description.ToEditable(),
        m.LearningOutcomes.Select(o => o.ToEditable()).ToList(), m.CourseReference,
        m.Gatherings.Select(g => new GatheringDto(g.Id, g.Title.ToEditable(), g.Format, LocalizationTexts.EnumText(g.Format), g.DurationMinutes)).ToList(),
        m.Assignments.Select(a => new AssignmentDto(a.Id, a.Title.ToEditable(), a.Instructions.ToEditable(), a.DueDaysAfterUnlock)).ToList(),
        m.ReflectionTasks.Select(r => new ReflectionTaskDto(r.Id, r.Prompt.ToEditable())).ToList(),
        m.Grants.Select(g => new GrantDto(g.CompetenceAreaId, areas.GetValueOrDefault(g.CompetenceAreaId)?.Name.In(LocalizationTexts.Normalize(System.Globalization.CultureInfo.CurrentUICulture.Name)) ?? "", g.Level, g.ValidMonths)).ToList());

}
