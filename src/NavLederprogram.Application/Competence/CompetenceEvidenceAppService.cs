using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Competence;

public sealed class CompetenceEvidenceAppService(
    ICompetenceEvidenceRepository evidence,
    ICompetenceCatalogueRepository catalogue,
    CompetenceAccess access,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : ICompetenceEvidenceAppService
{
    public async Task<EvidenceDto> UploadMineAsync(UploadEvidenceInput input, EvidenceFile? file, CancellationToken ct)
    {
        var me = await access.GetMeOrThrowAsync(ct);
        var validator = await ValidateClaimAsync(input.CompetenceAreaId, input.Level, input.Title, input.AchievedOn, input.ValidUntil, ct);
        byte[]? content = null;
        string? contentType = null;
        if (file is null || file.Length == 0) validator.Add("file", InputValidator.Required);
        else if (file.Length > CompetenceConsts.MaxDocumentSize) validator.Add("file", CompetenceValidation.FileTooLarge, CompetenceConsts.MaxDocumentSize / (1024 * 1024));
        else
        {
            using var buffer = new MemoryStream();
            await file.Content.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
            contentType = EvidenceDocumentTypes.Verify(EvidenceFileName.Normalize(file.FileName), content);
            if (contentType is null || !EvidenceDocumentCheck.IsIntact(contentType, content)) validator.Add("file", CompetenceValidation.FileType);
        }
        validator.ThrowIfInvalid();

        var item = CompetenceEvidence.Upload(Guid.CreateVersion7(), me.Id, input.CompetenceAreaId!.Value, input.Level!.Value, input.Title!,
            input.AchievedOn!.Value, input.ValidUntil);
        await evidence.InsertAsync(item, new EvidenceDocument(item.Id, EvidenceFileName.Normalize(file!.FileName), contentType!, content!), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([item], ct))[0];
    }

    public async Task WithdrawMineAsync(Guid id, CancellationToken ct)
    {
        var me = await access.GetMeOrThrowAsync(ct);
        var item = await evidence.FindAsync(id, ct);
        // Only what the person sent in themselves is theirs to withdraw; completions and assessments stay.
        if (item is null || item.PersonId != me.Id || item.Source != EvidenceSource.Upload) throw new EntityNotFoundException(typeof(CompetenceEvidence), id);
        item.Withdraw();
        evidence.Delete(item);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<EvidenceDto> AssessAsync(Guid personId, AssessmentInput input, CancellationToken ct)
    {
        if ((await access.GetMeAsync(ct))?.Id == personId) throw new BusinessException(NavLederprogramErrorCodes.EvidenceOwnDecision);
        var person = await access.GetVisiblePersonAsync(personId, ct);
        (await ValidateClaimAsync(input.CompetenceAreaId, input.Level, input.Title, input.AchievedOn, input.ValidUntil, ct)).ThrowIfInvalid();
        var item = CompetenceEvidence.Record(Guid.CreateVersion7(), person.Id, input.CompetenceAreaId!.Value, input.Level!.Value,
            EvidenceSource.ManagerAssessment, access.UserId?.ToString(), input.Title!, input.AchievedOn!.Value, input.ValidUntil);
        await evidence.InsertAsync(item, null, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([item], ct))[0];
    }

    public async Task<PagedResult<PendingEvidenceDto>> GetPendingAsync(PagedQuery query, CancellationToken ct)
    {
        var page = await evidence.GetPendingPageAsync(query.ToPageRequest(), await access.GetApprovalScopeAsync(ct), ct);
        var dtos = await ToDtosAsync(page.Items.Select(p => p.Evidence).ToList(), ct);
        return new PagedResult<PendingEvidenceDto>(page.TotalCount,
            page.Items.Select((p, i) => new PendingEvidenceDto(dtos[i], p.PersonName, p.OfficeId, p.OfficeName)).ToList());
    }

    public async Task<EvidenceDto> ApproveAsync(Guid id, CancellationToken ct)
    {
        var item = await FindForDecisionAsync(id, ct);
        item.Approve(access.UserId, clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([item], ct))[0];
    }

    public async Task<EvidenceDto> RejectAsync(Guid id, RejectEvidenceInput input, CancellationToken ct)
    {
        var item = await FindForDecisionAsync(id, ct);
        new InputValidator().RequireText(nameof(input.Reason), input.Reason, CompetenceConsts.MaxReasonLength).ThrowIfInvalid();
        item.Reject(access.UserId, clock.GetUtcNow().UtcDateTime, input.Reason!);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([item], ct))[0];
    }

    public async Task<ExportFile> GetDocumentAsync(Guid id, CancellationToken ct)
    {
        var item = await evidence.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CompetenceEvidence), id);
        if ((await access.GetMeAsync(ct))?.Id != item.PersonId)
        {
            var owner = await access.FindPersonAsync(item.PersonId, ct);
            if (owner is null || !await access.CanApproveAsync(owner, ct)) throw new EntityNotFoundException(typeof(CompetenceEvidence), id);
        }
        var document = await evidence.GetDocumentAsync(id, ct) ?? throw new EntityNotFoundException(typeof(EvidenceDocument), id);
        return new ExportFile(document.Content, document.ContentType, document.FileName);
    }

    /// <summary>Pending evidence of someone in the approver's scope, not their own: nobody approves their own diploma.</summary>
    private async Task<CompetenceEvidence> FindForDecisionAsync(Guid id, CancellationToken ct)
    {
        var item = await evidence.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CompetenceEvidence), id);
        var owner = await access.FindPersonAsync(item.PersonId, ct);
        if (owner is null || !await access.CanApproveAsync(owner, ct)) throw new EntityNotFoundException(typeof(CompetenceEvidence), id);
        if ((await access.GetMeAsync(ct))?.Id == owner.Id) throw new BusinessException(NavLederprogramErrorCodes.EvidenceOwnDecision);
        return item;
    }

    private async Task<InputValidator> ValidateClaimAsync(Guid? areaId, int? level, string? title, DateOnly? achievedOn, DateOnly? validUntil, CancellationToken ct)
    {
        var validator = new InputValidator()
            .Require("competenceAreaId", areaId)
            .RequireText("title", title, CompetenceConsts.MaxTitleLength)
            .Require("achievedOn", achievedOn)
            // A form's dates are not read as JSON, so they get the same bounds here.
            .SupportedDate("achievedOn", achievedOn)
            .SupportedDate("validUntil", validUntil);
        var area = areaId is { } id ? await catalogue.FindAreaAsync(id, ct) : null;
        if (areaId is not null && area is null) validator.Add("competenceAreaId", InputValidator.Unknown);
        var maxLevel = area is null ? CompetenceConsts.MaxScaleLevels : (await catalogue.FindScaleAsync(area.ScaleId, ct))?.MaxLevel ?? 1;
        if (level is null) validator.Add("level", InputValidator.Required);
        else if (level < 1 || level > maxLevel) validator.Add("level", CompetenceValidation.Level, maxLevel);
        if (achievedOn is { } achieved && achieved > OsloTime.Today(clock)) validator.Add("achievedOn", CompetenceValidation.NotInFuture);
        if (achievedOn is { } from && validUntil is { } until && until < from) validator.Add("validUntil", CompetenceValidation.DateOrder, from.ToString("yyyy-MM-dd"));
        return validator;
    }

    internal async Task<IReadOnlyList<EvidenceDto>> ToDtosAsync(IReadOnlyList<CompetenceEvidence> items, CancellationToken ct) =>
        await EvidenceMapping.ToDtosAsync(catalogue, items, ct);
}

internal static class EvidenceMapping
{
    public static async Task<IReadOnlyList<EvidenceDto>> ToDtosAsync(ICompetenceCatalogueRepository catalogue, IReadOnlyList<CompetenceEvidence> items, CancellationToken ct)
    {
        var areas = (await catalogue.GetAreasAsync(ct)).ToDictionary(a => a.Id);
        var scales = (await catalogue.GetScalesAsync(ct)).ToDictionary(s => s.Id);
        return ToDtos(items, areas, scales);
    }

    /// <summary>With the areas and scales the caller has read already.</summary>
    public static IReadOnlyList<EvidenceDto> ToDtos(IReadOnlyList<CompetenceEvidence> items,
        IReadOnlyDictionary<Guid, CompetenceArea> areas, IReadOnlyDictionary<Guid, ProficiencyScale> scales)
    {
        return items.Select(e =>
        {
            var area = areas.GetValueOrDefault(e.CompetenceAreaId);
            var levelName = area is not null && scales.TryGetValue(area.ScaleId, out var scale)
                ? scale.Levels.FirstOrDefault(l => l.Level == e.Level)?.Name.Local() : null;
            return new EvidenceDto
            {
                Id = e.Id,
                PersonId = e.PersonId,
                CompetenceAreaId = e.CompetenceAreaId,
                CompetenceAreaName = area?.Name.Local() ?? "",
                Level = e.Level,
                LevelName = levelName ?? e.Level.ToString(),
                Source = e.Source,
                Title = e.Title,
                AchievedOn = e.AchievedOn,
                ValidUntil = e.ValidUntil,
                State = e.State,
                RejectionReason = e.RejectionReason,
                DecidedAt = e.DecidedAt,
                HasDocument = e.HasDocument,
                SubmittedAt = e.CreationTime,
            };
        }).ToList();
    }
}
