using NavLederprogram.Entities;

namespace NavLederprogram.Competence;

/// <summary>
/// Kompetansekrav: a job role must hold a competence at a minimum level. National, or added by a region or an
/// office on top. Its terms are versioned: a change starts a new version on a date and leaves the old one as it was.
/// </summary>
public class CompetenceRequirement : AuditedAggregateRoot
{
    private readonly List<RequirementVersion> _versions = [];

    public Guid JobRoleId { get; private set; }
    public Guid CompetenceAreaId { get; private set; }
    /// <summary>Set when a region adds the requirement for its offices only.</summary>
    public Guid? RegionId { get; private set; }
    /// <summary>Set when one office adds the requirement for itself only.</summary>
    public Guid? OfficeId { get; private set; }
    /// <summary>In no particular order; sort by <see cref="RequirementVersion.ValidFrom"/>.</summary>
    public IReadOnlyCollection<RequirementVersion> Versions => _versions;

    /// <summary>When the requirement first came into force.</summary>
    public DateOnly InForceSince => _versions.Min(v => v.ValidFrom);

    private CompetenceRequirement() { }

    public CompetenceRequirement(Guid id, Guid jobRoleId, Guid competenceAreaId, Guid? regionId, Guid? officeId, RequirementTerms terms, DateOnly validFrom)
        : base(id)
    {
        if (regionId is not null && officeId is not null) throw new BusinessException(NavLederprogramErrorCodes.RequirementOneScope);
        JobRoleId = jobRoleId;
        CompetenceAreaId = competenceAreaId;
        RegionId = regionId;
        OfficeId = officeId;
        _versions.Add(new RequirementVersion(Guid.CreateVersion7(), id, validFrom, terms));
        AddDomainEvent(new CompetenceRequirementChanged(jobRoleId));
    }

    public RequirementVersion Latest => _versions.MaxBy(v => v.ValidFrom)!;

    public RequirementVersion? VersionOn(DateOnly day) => _versions.FirstOrDefault(v => v.IsInForceOn(day));

    /// <summary>New terms from a date. History stays: the version in force before that date ends the day before.</summary>
    public void ChangeTerms(RequirementTerms terms, DateOnly validFrom, DateOnly today)
    {
        EnsureNewVersionDate(validFrom, today);
        var latest = Latest;
        if (latest.ValidTo is null || latest.ValidTo > validFrom) latest.EndOn(validFrom);
        _versions.Add(new RequirementVersion(Guid.CreateVersion7(), Id, validFrom, terms));
        AddDomainEvent(new CompetenceRequirementChanged(JobRoleId));
    }

    /// <summary>The requirement no longer applies from a date; the versions before it stay for history.</summary>
    public void Retire(DateOnly from, DateOnly today)
    {
        EnsureNewVersionDate(from, today);
        var latest = Latest;
        if (latest.ValidTo is not null && latest.ValidTo <= from) throw new BusinessException(NavLederprogramErrorCodes.RequirementAlreadyRetired) { IsConflict = true, Field = "validFrom" };
        latest.EndOn(from);
        AddDomainEvent(new CompetenceRequirementChanged(JobRoleId));
    }

    private void EnsureNewVersionDate(DateOnly validFrom, DateOnly today)
    {
        if (validFrom < today) throw new BusinessException(NavLederprogramErrorCodes.RequirementChangeInPast) { Field = "validFrom" };
        if (validFrom <= Latest.ValidFrom)
            throw new BusinessException(NavLederprogramErrorCodes.RequirementVersionOverlaps, Latest.ValidFrom.ToString("yyyy-MM-dd")) { IsConflict = true, Field = "validFrom" };
    }
}
