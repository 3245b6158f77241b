using NavLederprogram.Data;
using NavLederprogram.ELearning.Events;
using NavLederprogram.Events;
using NavLederprogram.Organisation;
using NavLederprogram.PeerSupervision.Events;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Competence;

/// <summary>
/// Works out every status from the role holdings, the requirements in force today and the approved evidence,
/// reading each set once and writing only the statuses that changed. Used for one person when their evidence
/// changes and for everyone at night, when time alone has moved deadlines and expiries.
/// </summary>
public sealed class CompetenceStatusCalculator(
    ICompetenceRequirementRepository requirements,
    ICompetenceEvidenceRepository evidence,
    ICompetenceStatusWriter store,
    CompetenceOptions options,
    TimeProvider clock)
{
    public async Task<StatusWriteResult> RecomputeAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken ct = default)
    {
        var today = OsloTime.Today(clock);
        var holdings = await store.GetRoleHoldingsAsync(personIds, ct);
        var inForce = (await requirements.GetAllAsync(ct))
            .Select(r => (Requirement: r, Version: r.VersionOn(today), Since: r.InForceSince))
            .Where(x => x.Version is not null)
            .ToLookup(x => x.Requirement.JobRoleId);
        var facts = (await evidence.GetApprovedFactsAsync(personIds, ct)).ToLookup(f => (f.PersonId, f.CompetenceAreaId), f => f.Fact);

        var statuses = new List<PersonCompetenceStatus>(holdings.Count * 8);
        foreach (var holding in holdings)
        foreach (var (requirement, version, since) in inForce[holding.JobRoleId])
        {
            if (requirement.RegionId is { } regionId && regionId != holding.RegionId) continue;
            if (requirement.OfficeId is { } officeId && officeId != holding.OfficeId) continue;
            var newest = CompetenceStatusRules.Newest(facts[(holding.PersonId, requirement.CompetenceAreaId)], today);
            var outcome = CompetenceStatusRules.Evaluate(version!.Terms, since, holding.StartDate, newest, today, options.ExpiringSoonDays);
            statuses.Add(new PersonCompetenceStatus
            {
                PersonId = holding.PersonId,
                RequirementId = requirement.Id,
                CompetenceAreaId = requirement.CompetenceAreaId,
                JobRoleId = holding.JobRoleId,
                OfficeId = holding.OfficeId,
                RegionId = holding.RegionId,
                IsMandatory = version.IsMandatory,
                RequiredLevel = version.MinimumLevel,
                CurrentLevel = outcome.CurrentLevel,
                Status = outcome.Status,
                Deadline = outcome.Deadline,
                ValidUntil = outcome.ValidUntil,
            });
        }
        return await store.ReplaceAsync(personIds, statuses, ct);
    }
}

/// <summary>Keeps statuses current the moment evidence or a person's placement changes; no nightly run is needed for that.</summary>
public sealed class RecomputeStatusesOnChange(CompetenceStatusCalculator calculator, ICompetenceStatusWriter store)
    : IDomainEventHandler<CompetenceEvidenceChanged>, IDomainEventHandler<PersonPlacementChanged>, IDomainEventHandler<CompetenceRequirementChanged>
{
    public Task HandleAsync(IReadOnlyList<CompetenceEvidenceChanged> events, CancellationToken ct) =>
        calculator.RecomputeAsync(events.Select(e => e.PersonId).Distinct().ToList(), ct);

    public Task HandleAsync(IReadOnlyList<PersonPlacementChanged> events, CancellationToken ct) =>
        calculator.RecomputeAsync(events.Select(e => e.PersonId).Distinct().ToList(), ct);

    /// <summary>Only the holders of the role are recomputed, not the whole country.</summary>
    public async Task HandleAsync(IReadOnlyList<CompetenceRequirementChanged> events, CancellationToken ct)
    {
        var holders = await store.GetHoldersAsync(events.Select(e => e.JobRoleId).Distinct().ToList(), ct);
        if (holders.Count > 0) await calculator.RecomputeAsync(holders, ct);
    }
}

/// <summary>Turns completions in the programme, e-learning and peer supervision into evidence, once per completion.</summary>
public sealed class RecordEvidenceOnCompletion(ICompetenceEvidenceRepository evidence, ICompetenceCatalogueRepository catalogue, IUnitOfWork unitOfWork)
    : IDomainEventHandler<ProgrammeModuleCompleted>, IDomainEventHandler<CourseCompleted>, IDomainEventHandler<SupervisionParticipationRecorded>
{
    public Task HandleAsync(IReadOnlyList<ProgrammeModuleCompleted> events, CancellationToken ct) =>
        RecordAsync(events.Select(e => new Completion(e.PersonId, EvidenceSource.ProgrammeModule, e.ModuleId, e.ModuleName, e.CompletedOn, e.Grants)), ct);

    public Task HandleAsync(IReadOnlyList<CourseCompleted> events, CancellationToken ct) =>
        RecordAsync(events.Select(e => new Completion(e.PersonId, EvidenceSource.CourseCompletion, e.CourseId, e.CourseName, e.CompletedOn, e.Grants)), ct);

    public Task HandleAsync(IReadOnlyList<SupervisionParticipationRecorded> events, CancellationToken ct) =>
        RecordAsync(events.Select(e => new Completion(e.PersonId, EvidenceSource.SupervisionParticipation, e.GroupId, e.GroupName, e.CompletedOn, e.Grants)), ct);

    private sealed record Completion(Guid PersonId, EvidenceSource Source, Guid SourceId, string Title, DateOnly CompletedOn, IReadOnlyList<CompetenceGrant> Grants);

    private async Task RecordAsync(IEnumerable<Completion> completions, CancellationToken ct)
    {
        var areas = (await catalogue.GetAreasAsync(ct)).ToDictionary(a => a.Id);
        var scales = (await catalogue.GetScalesAsync(ct)).ToDictionary(s => s.Id);
        var recorded = 0;
        foreach (var completion in completions)
        foreach (var grant in completion.Grants)
        {
            // A grant the catalogue no longer knows cannot be evidence; the completion itself stands in its own module.
            if (!areas.TryGetValue(grant.CompetenceAreaId, out var area) || !scales[area.ScaleId].HasLevel(grant.Level)) continue;
            var reference = completion.SourceId.ToString();
            if (await evidence.ExistsFromSourceAsync(completion.PersonId, grant.CompetenceAreaId, completion.Source, reference, ct)) continue;
            DateOnly? validUntil = grant.ValidMonths is { } months ? completion.CompletedOn.AddMonths(months) : null;
            await evidence.InsertAsync(CompetenceEvidence.Record(Guid.CreateVersion7(), completion.PersonId, grant.CompetenceAreaId, grant.Level,
                completion.Source, reference, completion.Title, completion.CompletedOn, validUntil), null, ct);
            recorded++;
        }
        if (recorded > 0) await unitOfWork.SaveChangesAsync(ct);
    }
}
