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
