using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public interface ICompetenceCatalogueRepository
{
    Task<ProficiencyScale?> FindScaleAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<ProficiencyScale>> GetScalesAsync(CancellationToken ct = default);
    Task InsertScaleAsync(ProficiencyScale scale, CancellationToken ct = default);
    void DeleteScale(ProficiencyScale scale);
    Task<bool> ScaleInUseAsync(Guid scaleId, CancellationToken ct = default);
    /// <summary>The highest level any requirement or evidence uses on the scale, so that a scale is never cut below it.</summary>
    Task<int> HighestLevelUsedAsync(Guid scaleId, CancellationToken ct = default);

    Task<CompetenceCategory?> FindCategoryAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<CompetenceCategory>> GetCategoriesAsync(CancellationToken ct = default);
    Task InsertCategoryAsync(CompetenceCategory category, CancellationToken ct = default);
    void DeleteCategory(CompetenceCategory category);
    Task<bool> CategoryInUseAsync(Guid categoryId, CancellationToken ct = default);

    Task<CompetenceArea?> FindAreaAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<CompetenceArea>> GetAreasAsync(CancellationToken ct = default);
    Task<Page<CompetenceArea>> GetAreaPageAsync(PageRequest request, Guid? categoryId, CancellationToken ct = default);
    Task<bool> AreaCodeExistsAsync(string code, Guid? exceptId, CancellationToken ct = default);
    Task InsertAreaAsync(CompetenceArea area, CancellationToken ct = default);
    void DeleteArea(CompetenceArea area);
    Task<bool> AreaInUseAsync(Guid areaId, CancellationToken ct = default);
}

public interface ICompetenceRequirementRepository
{
    Task<CompetenceRequirement?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Page<CompetenceRequirement>> GetPageAsync(PageRequest request, Guid? jobRoleId, Guid? competenceAreaId, CancellationToken ct = default);
    /// <summary>Every requirement with its versions: a few hundred at most, read whole by the status calculator.</summary>
    Task<IReadOnlyList<CompetenceRequirement>> GetAllAsync(CancellationToken ct = default);
    Task<bool> ExistsAsync(Guid jobRoleId, Guid competenceAreaId, Guid? regionId, Guid? officeId, Guid? exceptId, CancellationToken ct = default);
    Task InsertAsync(CompetenceRequirement requirement, CancellationToken ct = default);
    void Delete(CompetenceRequirement requirement);
}

/// <summary>Evidence waiting for approval, with what an approver needs to see.</summary>
public sealed record PendingEvidence(CompetenceEvidence Evidence, string PersonName, Guid OfficeId, string OfficeName);

public sealed record ApprovedEvidenceFact(Guid PersonId, Guid CompetenceAreaId, EvidenceFact Fact);

public interface ICompetenceEvidenceRepository
{
    Task<CompetenceEvidence?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<CompetenceEvidence>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    Task<Page<PendingEvidence>> GetPendingPageAsync(PageRequest request, AccessScope scope, CancellationToken ct = default);
    Task<bool> ExistsFromSourceAsync(Guid personId, Guid competenceAreaId, EvidenceSource source, string reference, CancellationToken ct = default);
    Task<EvidenceDocument?> GetDocumentAsync(Guid evidenceId, CancellationToken ct = default);
    /// <summary>Approved evidence of the given people, or of everyone when <paramref name="personIds"/> is null.</summary>
    Task<IReadOnlyList<ApprovedEvidenceFact>> GetApprovedFactsAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken ct = default);
    Task InsertAsync(CompetenceEvidence evidence, EvidenceDocument? document, CancellationToken ct = default);
    void Delete(CompetenceEvidence evidence);
}

/// <summary>A job role held by a person at an office, as the status calculator needs it.</summary>
public sealed record RoleHolding(Guid PersonId, Guid OfficeId, Guid RegionId, Guid JobRoleId, DateOnly StartDate);

public sealed record StatusWriteResult(int Inserted, int Updated, int Deleted, int Total);

/// <summary>Which statuses a gap report reads. <see cref="OfficeIds"/> null means the whole country.</summary>
public sealed record GapFilter(IReadOnlySet<Guid>? OfficeIds, Guid? RegionId = null, Guid? OfficeId = null, Guid? JobRoleId = null,
    Guid? CompetenceAreaId = null, CompetenceStatus? Status = null, bool MandatoryOnly = true);

public enum GapGrouping
{
    Requirement,
    JobRole,
    CompetenceArea,
    Office,
    OfficeAndCompetenceArea,
    Region,
}

/// <summary>Statuses counted for one group of a gap report.</summary>
public sealed record StatusCount(Guid Key, Guid? SecondKey, int Total, int Met, int ExpiringSoon, int Expired, int MissingWithinDeadline, int Overdue)
{
    public int Covered => Met + ExpiringSoon;
}

/// <summary>One person's status on one requirement, with names, for drill-down lists and exports.</summary>
public sealed record PersonGapRow(Guid PersonId, string FirstName, string LastName, string EmployeeNumber, Guid OfficeId, Guid JobRoleId,
    Guid CompetenceAreaId, Guid RequirementId, bool IsMandatory, int RequiredLevel, int? CurrentLevel, CompetenceStatus Status, DateOnly Deadline, DateOnly? ValidUntil);

/// <summary>
/// The inputs to the status calculation and the bulk writing of its results: statuses are replaced many people at a
/// time, never through the change tracker.
/// </summary>
public interface ICompetenceStatusWriter
{
    Task<IReadOnlyList<RoleHolding>> GetRoleHoldingsAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken ct = default);
    /// <summary>The people who hold any of the job roles, and those who have a status on one of them (a role just given up).</summary>
    Task<IReadOnlyList<Guid>> GetHoldersAsync(IReadOnlyCollection<Guid> jobRoleIds, CancellationToken ct = default);
    /// <summary>Makes the stored statuses of the given people (everyone when null) equal to <paramref name="statuses"/>, writing only what differs.</summary>
    Task<StatusWriteResult> ReplaceAsync(IReadOnlyCollection<Guid>? personIds, IReadOnlyList<PersonCompetenceStatus> statuses, CancellationToken ct = default);
}

/// <summary>Reads of the stored statuses: one person's, gap counts by group, the people behind a count, and the reminders they call for.</summary>
public interface ICompetenceGapQueries
{
    Task<IReadOnlyList<PersonCompetenceStatus>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    Task<IReadOnlyList<StatusCount>> CountAsync(GapFilter filter, GapGrouping grouping, CancellationToken ct = default);
    Task<Page<PersonGapRow>> GetPeopleAsync(GapFilter filter, PageRequest request, CancellationToken ct = default);
    /// <summary>Queues a reminder for every status expiring soon that has none yet for its end date; returns how many.</summary>
    Task<int> QueueExpiryRemindersAsync(DateTime now, CancellationToken ct = default);
}
