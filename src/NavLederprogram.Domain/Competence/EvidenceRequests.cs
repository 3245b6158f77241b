namespace NavLederprogram.Competence;

public sealed class EvidenceRequests(ICompetenceEvidenceRepository evidence, ICompetenceCatalogueRepository catalogue, TimeProvider clock)
    : IEvidenceRequests
{
    public async Task<Guid> RequestManagerAssessmentAsync(Guid personId, Guid areaId, int level, string title, string sourceReference,
        CancellationToken ct = default)
    {
        var area = await catalogue.FindAreaAsync(areaId, ct) ?? throw new EntityNotFoundException(typeof(CompetenceArea), areaId);
        var maxLevel = (await catalogue.FindScaleAsync(area.ScaleId, ct))?.MaxLevel ?? 1;
        if (level < 1 || level > maxLevel)
            throw new ValidationFailedException(new Dictionary<string, IReadOnlyList<FieldError>> { ["level"] = [new FieldError("Validation:Level", maxLevel)] });
        if (await evidence.ExistsFromSourceAsync(personId, areaId, EvidenceSource.ManagerAssessment, sourceReference, ct))
            throw new BusinessException(NavLederprogramErrorCodes.EvidenceAlreadyRequested) { IsConflict = true, Field = "areaId" };
        var title200 = title.Trim() is { Length: > CompetenceConsts.MaxTitleLength } t ? t[..CompetenceConsts.MaxTitleLength] : title.Trim();
        var item = CompetenceEvidence.RequestAssessment(Guid.CreateVersion7(), personId, areaId, level, sourceReference, title200, OsloTime.Today(clock));
        await evidence.InsertAsync(item, null, ct);
        return item.Id;
    }
}
