using NavLederprogram.Data;
using NavLederprogram.ELearning.Events;
using NavLederprogram.Events;
using NavLederprogram.PeerSupervision.Events;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Competence;

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
